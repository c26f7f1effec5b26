using System.Diagnostics;
using Narrator.Audio;

namespace Narrator.Voices;

/// <summary>
/// CMU PocketSphinx 0.8 (Debian packages <c>pocketsphinx</c> and <c>pocketsphinx-en-us</c>):
/// <c>pocketsphinx_continuous -infile x.wav</c> on a 16 kHz mono 16-bit WAV, transcript on stdout.
/// </summary>
public sealed class PocketSphinxRecognizer : IStatementRecognizer
{
    public const string Executable = "pocketsphinx_continuous";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public string Name => "pocketsphinx 0.8 (en-us)";

    public string? Transcribe(float[] samples, int sampleRate, out string unavailable)
    {
        var executable = Find();
        if (executable is null)
        {
            unavailable = $"no speech recognizer: {Executable} is not on PATH (apt-get install pocketsphinx pocketsphinx-en-us)";
            return null;
        }

        var wav = Path.Combine(Path.GetTempPath(), $"narrator-consent-{Guid.NewGuid():N}.wav");
        try
        {
            WavFile.WriteAsync(wav, Resampling.Resample(samples, sampleRate, 16000), 16000).GetAwaiter().GetResult();
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-infile");
            start.ArgumentList.Add(wav);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                unavailable = $"{Executable} did not finish within {Timeout.TotalMinutes:0} minutes";
                return null;
            }

            Task.WaitAll(error, output);
            unavailable = process.ExitCode == 0 ? string.Empty : $"{Executable} failed with exit code {process.ExitCode}: {LastLine(error.Result)}";
            return process.ExitCode == 0 ? output.Result.Trim() : null;
        }
        finally
        {
            File.Delete(wav);
        }
    }

    private static string? Find() => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, Executable))
        .FirstOrDefault(File.Exists);

    private static string LastLine(string text) => text.TrimEnd().Split('\n').LastOrDefault()?.Trim() ?? string.Empty;
}
