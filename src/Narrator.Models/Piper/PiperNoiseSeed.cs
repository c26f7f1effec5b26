using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Narrator.Models.Piper;

// The seed of one utterance's noise: SHA-256 of its phoneme ids, the three scales sent to the model
// and the speaker id (all little-endian), reduced into [0, 2^31 - 1). Stable across processes,
// platforms and versions of .NET, unlike string.GetHashCode.
internal static class PiperNoiseSeed
{
    private const long Modulus = int.MaxValue;

    public static long For(IReadOnlyList<long> ids, (float NoiseScale, float LengthScale, float NoiseW, long SpeakerId) settings)
    {
        var bytes = new byte[(ids.Count * sizeof(long)) + (3 * sizeof(float)) + sizeof(long)];
        var span = bytes.AsSpan();
        for (var i = 0; i < ids.Count; i++)
            BinaryPrimitives.WriteInt64LittleEndian(span[(i * sizeof(long))..], ids[i]);
        var at = ids.Count * sizeof(long);
        BinaryPrimitives.WriteSingleLittleEndian(span[at..], settings.NoiseScale);
        BinaryPrimitives.WriteSingleLittleEndian(span[(at + 4)..], settings.LengthScale);
        BinaryPrimitives.WriteSingleLittleEndian(span[(at + 8)..], settings.NoiseW);
        BinaryPrimitives.WriteInt64LittleEndian(span[(at + 12)..], settings.SpeakerId);
        var hash = SHA256.HashData(bytes);
        return (long)(BinaryPrimitives.ReadUInt64LittleEndian(hash) % Modulus);
    }
}
