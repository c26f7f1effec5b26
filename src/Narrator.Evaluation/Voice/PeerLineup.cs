using Narrator.Core;
using Narrator.Core.Processes;

namespace Narrator.Evaluation;

/// <summary>
/// The peers that read a stock speaker's prompts: flite's voice of the same name where flite has one
/// (flite's slt is built from ARCTIC slt's recordings; Debian's flite has no bdl and no kathleen), then
/// espeak-ng (en-us) as the floor. A peer that cannot read says why instead.
/// </summary>
internal sealed class PeerLineup
{
    private IReadOnlyList<string>? _fliteVoices;

    /// <summary>The flite program (a name on PATH or a path); tests point it at nothing to see the "not installed" row.</summary>
    public string Flite { get; init; } = "flite";

    /// <summary>The espeak-ng program.</summary>
    public string EspeakNg { get; init; } = "espeak-ng";

    /// <summary>Each peer for <paramref name="speaker"/>: its name and the voice, or the reason it does not read.</summary>
    public async Task<IReadOnlyList<(string Name, PeerVoice? Voice, string? Unavailable)>> ForAsync(string speaker, CancellationToken cancellationToken)
    {
        var espeak = PeerVoice.EspeakNg(EspeakNg);
        return [await FliteAsync(speaker, cancellationToken).ConfigureAwait(false), Check(espeak.Name, espeak)];
    }

    private async Task<(string, PeerVoice?, string?)> FliteAsync(string speaker, CancellationToken cancellationToken)
    {
        var flite = PeerVoice.Flite(Flite, speaker);
        if (flite.Locate() is null)
        {
            return Check("flite", flite);
        }

        _fliteVoices ??= await FliteVoicesAsync(cancellationToken).ConfigureAwait(false);
        return _fliteVoices.Contains(speaker, StringComparer.Ordinal)
            ? (flite.Name, flite, null)
            : ("flite", null, $"flite has no voice of {speaker} (flite -lv: {string.Join(' ', _fliteVoices)})");
    }

    private static (string, PeerVoice?, string?) Check(string name, PeerVoice peer) =>
        peer.Locate() is null ? (name, null, $"not installed ({peer.InstallHint})") : (peer.Name, peer, null);

    // "Voices available: kal awb_time kal16 awb rms slt"
    private async Task<IReadOnlyList<string>> FliteVoicesAsync(CancellationToken cancellationToken)
    {
        var result = await ChildProcess.RunAsync(
            new ChildRun { Executable = Flite, Arguments = ["-lv"], What = "Listing flite's voices", InstallHint = "apt-get install flite", Timeout = TimeSpan.FromSeconds(30) },
            cancellationToken).ConfigureAwait(false);
        var listed = result.Output.Split(':', 2);
        return result.ExitCode == 0 && listed.Length == 2
            ? listed[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : throw new NarratorException($"flite -lv did not list voices (exit code {result.ExitCode}): {result.Output.Trim()} {result.ErrorTail()}".TrimEnd(), ErrorKind.Internal);
    }
}
