using NAudio.Wave;

namespace Narrator.Audio;

/// <summary>
/// Refuses WAV headers that no recording has (thousands of channels, 7-bit samples, no sample rate)
/// before any buffer is sized from them, naming the file and the value.
/// </summary>
internal static class WavFormatCheck
{
    public const int MaxChannels = 64;
    public const int MinSampleRate = 1000;
    public const int MaxSampleRate = 768_000;

    /// <summary>Reads the header alone (NAudio's reader divides by its block size) and checks it.</summary>
    public static void Validate(string path)
    {
        var header = new NAudio.FileFormats.Wav.WaveFileChunkReader();
        using (var stream = File.OpenRead(path))
        {
            header.ReadWaveHeader(stream);
        }

        Validate(path, header.WaveFormat);
    }

    /// <summary>Whether the file's samples are μ-law or A-law; false for anything that is not a WAV header at all (its reader then says why).</summary>
    public static bool IsCompanded(string path)
    {
        var header = new NAudio.FileFormats.Wav.WaveFileChunkReader();
        try
        {
            using var stream = File.OpenRead(path);
            header.ReadWaveHeader(stream);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return false;
        }

        return header.WaveFormat.Encoding is WaveFormatEncoding.MuLaw or WaveFormatEncoding.ALaw;
    }

    private static void Validate(string path, WaveFormat format)
    {
        var problems = new List<string>();
        var channels = (ushort)format.Channels;
        var bits = (ushort)format.BitsPerSample;
        if (channels is < 1 or > MaxChannels)
        {
            problems.Add($"{channels} channels (1 to {MaxChannels} are supported)");
        }

        if (format.SampleRate is < MinSampleRate or > MaxSampleRate)
        {
            problems.Add($"a sample rate of {(uint)format.SampleRate} Hz ({MinSampleRate:N0} to {MaxSampleRate:N0} Hz are supported)");
        }

        var supportedBits = format.Encoding == WaveFormatEncoding.IeeeFloat ? [32, 64] : new[] { 8, 16, 24, 32 };
        if (format.Encoding is WaveFormatEncoding.Pcm or WaveFormatEncoding.IeeeFloat or WaveFormatEncoding.Extensible && !supportedBits.Contains(bits))
        {
            problems.Add($"{bits} bits per sample ({string.Join(", ", supportedBits)} are supported)");
        }
        else if (problems.Count == 0 && format.BlockAlign != channels * bits / 8 && format.Encoding is WaveFormatEncoding.Pcm or WaveFormatEncoding.IeeeFloat)
        {
            problems.Add($"a block size of {(ushort)format.BlockAlign} bytes where {channels} channels of {bits} bits need {channels * bits / 8}");
        }

        if (problems.Count > 0)
        {
            throw new AudioException(
                $"{path}: the WAV header says {string.Join(" and ", problems)}; the file is damaged or not audio. Re-export it as 16-bit PCM WAV.");
        }
    }

    /// <summary>How many frames the file can hold: the header's count, but never more than its bytes allow.</summary>
    public static int FrameCapacity(string path, WaveFileReader reader) =>
        (int)Math.Min(Math.Min(reader.SampleCount, new FileInfo(path).Length / Math.Max(1, reader.WaveFormat.BlockAlign)), Array.MaxLength);
}
