using System.Buffers.Binary;

namespace Narrator.Audio;

/// <summary>Float samples to and from little-endian 16-bit PCM, clipping at full scale.</summary>
public static class Pcm16
{
    /// <summary>Writes <paramref name="samples"/> as 16-bit little-endian PCM into <paramref name="destination"/> (two bytes each), clipping outside [-1, 1].</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> holds fewer than two bytes per sample.</exception>
    public static void Encode(ReadOnlySpan<float> samples, Span<byte> destination)
    {
        if (destination.Length < samples.Length * 2)
        {
            throw new ArgumentException("Destination holds fewer than two bytes per sample.", nameof(destination));
        }

        for (var i = 0; i < samples.Length; i++)
        {
            var value = Math.Clamp(samples[i], -1f, 1f) * short.MaxValue;
            BinaryPrimitives.WriteInt16LittleEndian(destination[(2 * i)..], (short)MathF.Round(value));
        }
    }

    /// <summary>Reads 16-bit little-endian PCM from <paramref name="source"/> into <paramref name="destination"/> as samples in [-1, 1).</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> holds fewer samples than <paramref name="source"/> has.</exception>
    public static void Decode(ReadOnlySpan<byte> source, Span<float> destination)
    {
        var count = source.Length / 2;
        if (destination.Length < count)
        {
            throw new ArgumentException("Destination holds fewer samples than the source.", nameof(destination));
        }

        for (var i = 0; i < count; i++)
        {
            destination[i] = BinaryPrimitives.ReadInt16LittleEndian(source[(2 * i)..]) / 32768f;
        }
    }
}
