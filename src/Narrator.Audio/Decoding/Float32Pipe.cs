using System.Buffers.Binary;

namespace Narrator.Audio;

/// <summary>Little-endian 32-bit float samples from a stream (ffmpeg's <c>f32le</c>) to a sink, block by block.</summary>
internal static class Float32Pipe
{
    /// <summary>Returns how many samples were written.</summary>
    public static long Copy(Stream stream, IAudioSink sink)
    {
        long total = 0;
        var bytes = new byte[AudioSinks.BlockSamples * sizeof(float)];
        var block = new float[AudioSinks.BlockSamples];
        var filled = 0;
        int read;
        while ((read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
        {
            filled += read;
            var count = filled / sizeof(float);
            for (var i = 0; i < count; i++)
            {
                block[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float), sizeof(float)));
            }

            if (count > 0)
            {
                sink.Write(block.AsSpan(0, count));
                total += count;
            }

            var whole = count * sizeof(float);
            Buffer.BlockCopy(bytes, whole, bytes, 0, filled - whole);
            filled -= whole;
        }

        return total;
    }
}
