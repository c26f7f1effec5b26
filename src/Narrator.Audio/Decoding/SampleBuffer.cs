using System.Buffers.Binary;

namespace Narrator.Audio;

/// <summary>
/// Collects little-endian 32-bit float samples from a stream into one array sized up front (from the
/// file's duration), so that an hour of audio is held once rather than in a growing list and its copy.
/// </summary>
internal sealed class SampleBuffer
{
    private float[] _samples;

    public SampleBuffer(int expected) => _samples = new float[Math.Max(expected, 4096)];

    public int Count { get; private set; }

    public void ReadAll(Stream stream)
    {
        var bytes = new byte[1 << 16];
        var filled = 0;
        int read;
        while ((read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
        {
            filled += read;
            var whole = filled - (filled % 4);
            for (var i = 0; i < whole; i += 4)
            {
                if (Count == _samples.Length)
                {
                    Array.Resize(ref _samples, (int)Math.Min(Array.MaxLength, _samples.Length + (_samples.Length / 4) + 4096));
                }

                _samples[Count++] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i, 4));
            }

            Buffer.BlockCopy(bytes, whole, bytes, 0, filled - whole);
            filled -= whole;
        }
    }

    /// <summary>The samples read; the buffer itself when the duration was exact.</summary>
    public float[] ToArray()
    {
        if (Count != _samples.Length)
        {
            Array.Resize(ref _samples, Count);
        }

        return _samples;
    }
}
