using System.CommandLine;
using Narrator.Synthesis.Provenance;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator provenance verify</c>: does this file carry a valid signed C2PA manifest, and what does it state.</summary>
internal static class ProvenanceCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("provenance", "Read the signed provenance (C2PA manifest) Narrator embeds in the files it writes.");
        command.Subcommands.Add(Verify(console));
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A WAV, FLAC, MP3 or M4B/M4A/MP4 file." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("verify", "Check the file's embedded C2PA manifest: its COSE signature, the hashes of its assertions and the hash of the audio; exit code 0 when valid, 1 when invalid or absent, 2 on error.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var result = EmbeddedProvenance.Verify(parsed.GetValue(file)!);
            var text = parsed.GetValue(json) ? ReportJson.Serialize(Json(result)) : string.Join('\n', Lines(result));
            await console.Out.WriteLineAsync(text).ConfigureAwait(false);
            return result.Status == ProvenanceStatus.Valid ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }

    private static IEnumerable<string> Lines(ProvenanceVerification result)
    {
        yield return result.Status switch
        {
            ProvenanceStatus.Valid => $"{result.File}: C2PA manifest valid",
            ProvenanceStatus.Invalid => $"{result.File}: C2PA manifest INVALID: {result.Reason}",
            _ => $"{result.File}: no C2PA manifest ({result.Container})",
        };
        if (result.Status == ProvenanceStatus.Missing)
        {
            yield break;
        }

        if (result.Status == ProvenanceStatus.Invalid)
        {
            yield return "  what it claims (not to be trusted):";
        }

        if (result.Signer is not null)
        {
            yield return result.DevelopmentKey
                ? $"  signed with a development key (not trusted): {result.Signer}"
                : $"  signed by {result.Signer} (the certificate is not checked against a trust list)";
        }

        yield return $"  manifest {result.Manifest} in the {result.Container} file, made by {result.ClaimGenerator}";
        yield return $"  {result.Action} {result.When}: {result.DigitalSourceType}";
        yield return $"  voice {result.Voice}, fingerprint {result.VoiceFingerprint}";
        yield return result.ConsentRecordId is null
            ? "  no consent record (a stock voice)"
            : $"  consent record {result.ConsentRecordId}, sha256 {result.ConsentRecordSha256}";
        yield return $"  watermark payload {result.WatermarkPayload} ({result.WatermarkKey} key)";
        foreach (var heard in result.Voices ?? [])
        {
            var consent = heard.ConsentRecordId is null ? "no consent record" : $"consent record {heard.ConsentRecordId}";
            var payload = heard.WatermarkPayload is null ? string.Empty : $", watermark payload {heard.WatermarkPayload}";
            yield return $"  heard: voice {heard.Voice} ({string.Join(", ", heard.Roles)}), {consent}{payload}";
        }

        if (result.Title is not null)
        {
            yield return $"  title \"{result.Title}\"";
        }
    }

    private static object Json(ProvenanceVerification result) => new
    {
        file = result.File,
        container = result.Container,
        status = result.Status.ToString().ToLowerInvariant(),
        reason = result.Reason,
        manifest = result.Manifest,
        signer = result.Signer,
        developmentKey = result.DevelopmentKey,
        claimGenerator = result.ClaimGenerator,
        title = result.Title,
        action = result.Action,
        when = result.When,
        digitalSourceType = result.DigitalSourceType,
        voice = result.Voice,
        voiceFingerprint = result.VoiceFingerprint,
        consentRecordId = result.ConsentRecordId,
        consentRecordSha256 = result.ConsentRecordSha256,
        watermarkPayload = result.WatermarkPayload,
        watermarkKey = result.WatermarkKey,
        voices = result.Voices,
    };
}
