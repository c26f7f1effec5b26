namespace Narrator.Rendering.Encoding;

/// <summary>
/// The exact length of an ADTS AAC file, counted frame by frame from the 7-byte headers (each frame
/// holds 1,024 samples per raw data block), without decoding: where the M4B's chapter marks go when
/// chapters are joined as encoded.
/// </summary>
internal static class AdtsLength
{
    private static readonly int[] Rates = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

    /// <exception cref="RenderException">The file is unreadable, or not ADTS from its first byte to its last.</exception>
    public static (long Samples, int SampleRate) Measure(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            Span<byte> header = stackalloc byte[7];
            var (samples, rate) = (0L, 0);
            while (file.Position < file.Length)
            {
                var at = file.Position;
                file.ReadExactly(header);
                if (header[0] != 0xFF || (header[1] & 0xF0) != 0xF0)
                    throw new InvalidDataException($"no ADTS frame header at byte {at}");
                var frameRate = (header[2] >> 2 & 0xF) is var index && index < Rates.Length ? Rates[index] : throw new InvalidDataException($"sample rate index {index} at byte {at}");
                var length = ((header[3] & 0x3) << 11) | (header[4] << 3) | (header[5] >> 5);
                if (length < header.Length || (rate != 0 && frameRate != rate))
                    throw new InvalidDataException(length < header.Length ? $"a {length}-byte frame at byte {at}" : $"the rate changes from {rate} to {frameRate} Hz at byte {at}");
                rate = frameRate;
                samples += 1024L * ((header[6] & 0x3) + 1);
                file.Seek(at + length, SeekOrigin.Begin);
            }

            return rate > 0 ? (samples, rate) : throw new InvalidDataException("it is empty");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new RenderException($"{path}: not a readable ADTS AAC file ({e.Message}).", inner: e);
        }
    }
}
