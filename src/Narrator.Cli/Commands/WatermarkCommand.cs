using System.CommandLine;
using System.Globalization;
using Narrator.Audio;
using Narrator.Watermark;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator watermark detect</c>: is there a Narrator watermark in this file, and what does it carry.</summary>
internal static class WatermarkCommand
{
    public static readonly Option<string?> KeyOption = new("--watermark-key")
    {
        Description = "A publisher's watermark passphrase. [default: the published key, which anyone can detect and anyone could forge]",
        HelpName = "passphrase",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("watermark", "Read the inaudible watermark Narrator puts in synthesized speech.");
        command.Subcommands.Add(Detect(console));
        return command;
    }

    public static WatermarkKey Key(string? passphrase) =>
        string.IsNullOrEmpty(passphrase) ? WatermarkKey.Default : WatermarkKey.FromPassphrase(passphrase);

    private static Command Detect(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The recording: WAV, FLAC, MP3, M4B/M4A (non-WAV is decoded with ffmpeg)." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var store = VoiceStoreOption.Create();
        var command = new Command("detect", "Detect a watermark, and say whose voice its payload belongs to (enrolled voices in the store, stock voices, the file's provenance sidecar); exit code 0 when found, 1 when not, 2 on error.");
        command.Arguments.Add(file);
        command.Options.Add(KeyOption);
        command.Options.Add(store);
        command.Options.Add(json);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            var key = Key(parsed.GetValue(KeyOption));
            var (samples, rate) = AudioDecoder.Read(path);
            cancellationToken.ThrowIfCancellationRequested();
            var result = WatermarkDetector.Detect(samples, rate, key);
            var payload = result.Payload is { } p ? new WatermarkPayload(p).ToString() : null;
            var owners = result.Found && result.Payload is { } bits
                ? Voices.WatermarkOwners.Find(bits, path, Voices.VoiceStore.At(Voices.VoiceStore.Locate(parsed.GetValue(store))), Synthesis.Voices.VoiceResolver.DefaultStockFolder)
                : [];
            if (parsed.GetValue(json))
            {
                var report = new { file = path, key = key.ToString(), detected = result.Found, payload, owners, confidence = result.Confidence, score = result.Score, threshold = WatermarkDetector.Threshold, strongThreshold = WatermarkDetector.StrongThreshold, speechSeconds = result.SpeechSeconds };
                await console.Out.WriteLineAsync(ReportJson.Serialize(report)).ConfigureAwait(false);
            }
            else
            {
                var verdict = !result.Found ? "not found" : payload is null ? "found, payload unreadable (damaged)" : "found";
                var lines = new List<string>
                {
                    $"{path}: watermark {verdict}",
                    string.Create(CultureInfo.InvariantCulture, $"  score {result.Score:0.0} (threshold {WatermarkDetector.Threshold:0.0} with a payload that verifies, {WatermarkDetector.StrongThreshold:0.0} without), key {key}, {result.SpeechSeconds:0.0} s of speech"),
                };
                if (!result.Found && result.Score >= WatermarkDetector.Threshold)
                {
                    lines.Add("  something like the mark is there, but no payload verifies and the score is too low to call it a mark without one");
                }

                if (result.Found && payload is not null)
                {
                    lines.AddRange(owners.Count == 0 ? [$"  payload {payload}: no voice on this machine marks its audio with it"] : owners.Select(o => $"  payload {payload}: {o}"));
                }

                await console.Out.WriteLineAsync(string.Join('\n', lines)).ConfigureAwait(false);
            }

            return result.Found ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }
}
