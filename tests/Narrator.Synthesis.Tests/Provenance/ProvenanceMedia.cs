using Narrator.Audio;
using Narrator.Core.Processes;

namespace Narrator.Synthesis.Tests.Provenance;

/// <summary>Short real audio files in each container, made by ffmpeg from a synthetic tone, in a scratch folder with a space and a non-ASCII letter.</summary>
internal sealed class ProvenanceMedia : IDisposable
{
    public ProvenanceMedia()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"narrator provenance é {Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>One second of a 440 Hz tone as <c>tone.<paramref name="extension"/></c> (wav, flac, mp3 or m4b).</summary>
    public async Task<string> ToneAsync(string extension)
    {
        var wav = File("tone.wav");
        if (!System.IO.File.Exists(wav))
        {
            var samples = Enumerable.Range(0, 22050).Select(i => 0.3f * MathF.Sin(2 * MathF.PI * 440 * i / 22050)).ToArray();
            await WavFile.WriteAsync(wav, samples, 22050);
        }

        if (extension == "wav")
        {
            return wav;
        }

        var path = File($"tone.{extension}");
        string[] codec = extension switch
        {
            "flac" => ["-c:a", "flac"],
            "mp3" => ["-c:a", "libmp3lame", "-b:a", "64k"],
            _ => ["-c:a", "aac", "-b:a", "64k", "-f", "ipod"],
        };
        await FfmpegAsync(["-v", "error", "-y", "-i", wav, "-metadata", "title=Tone", .. codec, path]);
        return path;
    }

    /// <summary>What ffmpeg says when it decodes the whole file (empty when it decodes cleanly).</summary>
    public static async Task<string> DecodeErrorsAsync(string path)
    {
        var result = await FfmpegAsync(["-v", "error", "-i", path, "-f", "null", "-"], check: false);
        return result.ExitCode == 0 ? result.Errors.Trim() : $"exit {result.ExitCode}: {result.Errors}";
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static async Task<ChildResult> FfmpegAsync(string[] arguments, bool check = true)
    {
        var result = await ChildProcess.RunAsync(new ChildRun { Executable = "ffmpeg", Arguments = arguments, What = "ffmpeg", Timeout = TimeSpan.FromMinutes(1) });
        if (check && result.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed: {result.ErrorTail()}");
        }

        return result;
    }
}
