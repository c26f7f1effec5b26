using System.Globalization;
using Narrator.Audio;
using Narrator.Audio.Mastering;
using Narrator.Core.IO;

namespace Narrator.Rendering.Encoding;

/// <summary>The ffmpeg steps of a chapter: resampling the raw input, and encoding one mastered part.</summary>
internal static class ChapterEncoder
{
    public static async Task ResampleAsync(string input, int inputRate, string output, int outputRate, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "-hide_banner", "-nostdin", "-y", "-f", "f32le", "-ar", Text(inputRate), "-ac", "1", "-i", input,
            "-af", $"aresample={Text(outputRate)}:filter_size=64", "-f", "f32le", "-ac", "1", output,
        ];
        await FfmpegProcess.RunAsync(FfmpegTool.Ffmpeg, arguments, $"Resampling the chapter to {outputRate} Hz", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Masters the part and encodes it to FLAC (and MP3, and the M4B's ADTS AAC: <see cref="M4bAssembler"/> joins
    /// such files without encoding them again) in one ffmpeg run, reading PCM on stdin.
    /// </summary>
    public static async Task EncodeAsync(
        Stream samples, MasteringPart part, MasteringOptions options, PendingFile flac, PendingFile? mp3, PendingFile? aac, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        var rate = Text(options.SampleRate);
        var metadata = tags.SelectMany(t => new[] { "-metadata", $"{t.Key}={t.Value}" }).ToList();
        var arguments = new List<string> { "-hide_banner", "-y", "-f", "s16le", "-ar", rate, "-ac", "1", "-i", "pipe:0" };
        arguments.AddRange(["-map", "0:a", "-c:a", "flac", "-sample_fmt", "s16", "-ar", rate, "-ac", "1", .. metadata, "-f", "flac", flac.TemporaryPath]);
        if (mp3 is not null)
        {
            arguments.AddRange(["-map", "0:a", "-c:a", "libmp3lame", "-b:a", "192k", "-ar", rate, "-ac", "1", .. metadata, "-id3v2_version", "3", "-f", "mp3", mp3.TemporaryPath]);
        }

        if (aac is not null)
        {
            arguments.AddRange(["-map", "0:a", .. M4bAssembler.AacSettings, "-f", "adts", aac.TemporaryPath]);
        }

        var what = $"Writing {string.Join(" and ", new[] { flac, mp3, aac }.OfType<PendingFile>().Select(f => f.FinalPath))}";
        await FfmpegProcess.RunAsync(
            FfmpegTool.Ffmpeg,
            arguments,
            what,
            (stdin, token) => ChapterMastering.Render(samples, part, options, stdin, token),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Encodes a finished FLAC master to MP3 (as the chapter's own encode does), keeping its tags.</summary>
    public static async Task Mp3FromFlacAsync(string flac, PendingFile mp3, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "-hide_banner", "-nostdin", "-y", "-i", flac, "-map", "0:a", "-map_metadata", "0",
            "-c:a", "libmp3lame", "-b:a", "192k", "-id3v2_version", "3", "-f", "mp3", mp3.TemporaryPath,
        ];
        await FfmpegProcess.RunAsync(FfmpegTool.Ffmpeg, arguments, $"Writing {mp3.FinalPath} from {flac}", null, cancellationToken).ConfigureAwait(false);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
