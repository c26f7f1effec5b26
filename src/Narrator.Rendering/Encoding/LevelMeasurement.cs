using System.Globalization;
using Narrator.Audio;

namespace Narrator.Rendering.Encoding;

/// <summary>Runs ffmpeg's astats and ffprobe on a file to build a <see cref="LevelReport"/>.</summary>
internal static class LevelMeasurement
{
    public static async Task<LevelReport> MeasureAsync(string audioFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(audioFile))
        {
            throw new RenderException($"{audioFile}: no such file to measure.");
        }

        var ffmpeg = FfmpegTool.Ffmpeg;
        var whole = await AstatsAsync(ffmpeg, audioFile, "astats=measure_perchannel=none", cancellationToken).ConfigureAwait(false);
        var head = await AstatsAsync(ffmpeg, audioFile, $"atrim=0:{LevelReport.NoiseFloorWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture)},astats=measure_perchannel=none", cancellationToken).ConfigureAwait(false);
        var (sampleRate, channels) = await StreamFormatAsync(audioFile, cancellationToken).ConfigureAwait(false);
        var samples = AstatsParser.Require(whole, "Number of samples", audioFile);
        return new LevelReport(
            AstatsParser.Require(whole, "RMS level dB", audioFile),
            AstatsParser.Require(whole, "Peak level dB", audioFile),
            AstatsParser.Require(head, "RMS level dB", audioFile),
            TimeSpan.FromSeconds(samples / channels / sampleRate),
            sampleRate,
            channels);
    }

    private static async Task<IReadOnlyDictionary<string, double>> AstatsAsync(string ffmpeg, string file, string filter, CancellationToken cancellationToken)
    {
        string[] arguments = ["-hide_banner", "-nostats", "-nostdin", "-i", file, "-map", "0:a:0", "-af", filter, "-f", "null", "-"];
        var (_, errors) = await FfmpegProcess.RunAsync(ffmpeg, arguments, $"Measuring {file}", null, cancellationToken).ConfigureAwait(false);
        return AstatsParser.Overall(errors);
    }

    private static async Task<(int SampleRate, int Channels)> StreamFormatAsync(string file, CancellationToken cancellationToken)
    {
        string[] arguments = ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=sample_rate,channels", "-of", "default=noprint_wrappers=1", file];
        var (output, _) = await FfmpegProcess.RunAsync(FfmpegTool.Ffprobe, arguments, $"Probing {file}", null, cancellationToken).ConfigureAwait(false);
        var fields = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1]);
        if (!fields.TryGetValue("sample_rate", out var rate) || !fields.TryGetValue("channels", out var channels))
        {
            throw new RenderException($"{file}: ffprobe found no audio stream.");
        }

        return (int.Parse(rate, CultureInfo.InvariantCulture), int.Parse(channels, CultureInfo.InvariantCulture));
    }
}
