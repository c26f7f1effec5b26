using Narrator.Audio;
using Narrator.Core;
using Narrator.Core.Processes;

namespace Narrator.Voices;

/// <summary>
/// CMU PocketSphinx 0.8 (Debian packages <c>pocketsphinx</c> and <c>pocketsphinx-en-us</c>):
/// <c>pocketsphinx_continuous -infile x.wav</c> on a 16 kHz mono 16-bit WAV, transcript on stdout.
/// </summary>
public sealed class PocketSphinxRecognizer : IStatementRecognizer
{
    /// <summary>The continuous decoder's program name, looked up on the PATH.</summary>
    public const string Executable = "pocketsphinx_continuous";

    /// <summary>The Debian packages of both pocketsphinx programs and their English models.</summary>
    internal const string InstallHint = "apt-get install pocketsphinx pocketsphinx-en-us";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <inheritdoc/>
    public string Name => "pocketsphinx 0.8 (en-us)";

    /// <inheritdoc/>
    public string? Transcribe(float[] samples, int sampleRate, out string unavailable)
    {
        var executable = ExecutableSearch.Find(Executable);
        if (executable is null)
        {
            unavailable = $"no speech recognizer: {Executable} is not on PATH ({InstallHint})";
            return null;
        }

        var wav = Path.Combine(Path.GetTempPath(), $"narrator-consent-{Guid.NewGuid():N}.wav");
        try
        {
            WavFile.WriteAsync(wav, Resampling.Resample(samples, sampleRate, 16000), 16000).GetAwaiter().GetResult();
            var result = ChildProcess.RunAsync(new ChildRun
            {
                Executable = executable,
                Arguments = ["-infile", wav],
                What = "Recognizing speech",
                InstallHint = InstallHint,
                Timeout = Timeout,
            }).GetAwaiter().GetResult();
            unavailable = result.ExitCode == 0 ? string.Empty : $"{Executable} failed with exit code {result.ExitCode}: {result.ErrorTail(1)}";
            return result.ExitCode == 0 ? result.Output.Trim() : null;
        }
        catch (NarratorException e)
        {
            // Not started or too slow: the statement stays unchecked, and the record says why.
            unavailable = e.Message;
            return null;
        }
        finally
        {
            File.Delete(wav);
        }
    }
}
