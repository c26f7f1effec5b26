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
        var command = new Command("detect", "Detect a watermark; exit code 0 when found, 1 when not, 2 on error.");
        command.Arguments.Add(file);
        command.Options.Add(KeyOption);
        command.Options.Add(json);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            var key = Key(parsed.GetValue(KeyOption));
            var (samples, rate) = AudioDecoder.Read(path);
            cancellationToken.ThrowIfCancellationRequested();
            var result = WatermarkDetector.Detect(samples, rate, key);
            var payload = result.Payload is { } p ? new WatermarkPayload(p).ToString() : null;
            if (parsed.GetValue(json))
            {
                var report = new { file = path, key = key.ToString(), detected = result.Found, payload, confidence = result.Confidence, score = result.Score, threshold = WatermarkDetector.Threshold, speechSeconds = result.SpeechSeconds };
                await console.Out.WriteLineAsync(ReportJson.Serialize(report)).ConfigureAwait(false);
            }
            else
            {
                var verdict = !result.Found ? "not detected"
                    : payload is null ? "detected, payload unreadable (damaged)"
                    : $"detected, payload {payload}";
                await console.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{path}: watermark {verdict} (key: {key}; confidence {result.Confidence:0.000000}, score {result.Score:0.0} vs threshold {WatermarkDetector.Threshold:0.0}, {result.SpeechSeconds:0.0} s of speech).")).ConfigureAwait(false);
            }

            return result.Found ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }
}
