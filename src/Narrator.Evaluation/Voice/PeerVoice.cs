using Narrator.Audio;
using Narrator.Core;
using Narrator.Core.Processes;

namespace Narrator.Evaluation;

/// <summary>
/// Another text-to-speech program that reads the held-out prompts beside ours: flite with a voice
/// built from the same ARCTIC speaker, or espeak-ng as the floor. Each prompt is one run writing a WAV.
/// </summary>
internal sealed class PeerVoice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly string _executable;
    private readonly Func<string, string, string[]> _arguments;

    // arguments: (WAV to write, text to read) to the program's argument list.
    private PeerVoice(string name, string executable, string installHint, Func<string, string, string[]> arguments)
    {
        Name = name;
        _executable = executable;
        InstallHint = installHint;
        _arguments = arguments;
    }

    /// <summary>How the report names it ("flite slt", "espeak-ng en-us").</summary>
    public string Name { get; }

    public string InstallHint { get; }

    /// <summary><c>flite -voice NAME -o out.wav -t TEXT</c>.</summary>
    public static PeerVoice Flite(string executable, string voice) =>
        new($"flite {voice}", executable, "apt-get install flite", (wav, text) => ["-voice", voice, "-o", wav, "-t", text]);

    /// <summary><c>espeak-ng -v en-us -w out.wav TEXT</c>.</summary>
    public static PeerVoice EspeakNg(string executable) =>
        new("espeak-ng en-us", executable, "apt-get install espeak-ng", (wav, text) => ["-v", "en-us", "-w", wav, text]);

    /// <summary>The program's path, or null when it is not installed.</summary>
    public string? Locate() => ExecutableSearch.Find(_executable);

    /// <summary>Reads <paramref name="text"/> aloud: mono samples at the program's own rate.</summary>
    public async Task<(float[] Samples, int Rate)> SpeakAsync(string text, string folder, CancellationToken cancellationToken)
    {
        var wav = Path.Combine(folder, $"{Guid.NewGuid():N}.wav");
        try
        {
            var result = await ChildProcess.RunAsync(
                new ChildRun
                {
                    Executable = _executable,
                    Arguments = _arguments(wav, text),
                    What = $"{Name} reading \"{text}\"",
                    InstallHint = InstallHint,
                    Timeout = Timeout,
                },
                cancellationToken).ConfigureAwait(false);
            return result.ExitCode == 0 && File.Exists(wav)
                ? AudioDecoder.Read(wav)
                : throw new NarratorException($"{Name} failed reading \"{text}\" (exit code {result.ExitCode}): {result.ErrorTail()}", ErrorKind.Internal);
        }
        finally
        {
            File.Delete(wav);
        }
    }
}
