using System.Runtime.InteropServices;

namespace Narrator.Audio.Mastering;

/// <summary>Block reads of 32-bit little-endian float samples from a seekable stream.</summary>
internal static class FloatSampleStream
{
    public const int BlockLength = 8192;

    /// <summary>Reads up to destination.Length samples at sample position; returns how many were read.</summary>
    public static int Read(Stream stream, long position, Span<float> destination)
    {
        stream.Position = position * sizeof(float);
        var bytes = MemoryMarshal.AsBytes(destination);
        var total = 0;
        int read;
        while (total < bytes.Length && (read = stream.Read(bytes[total..])) > 0)
        {
            total += read;
        }

        return total / sizeof(float);
    }

    public static long Length(Stream stream) => stream.Length / sizeof(float);
}
