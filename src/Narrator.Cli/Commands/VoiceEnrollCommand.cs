using System.CommandLine;
using System.Globalization;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator voice consent-text</c> and <c>narrator voice enroll</c>.</summary>
internal static class VoiceEnrollCommand
{
    public static Command ConsentText(CliConsole console)
    {
        var name = new Option<string>("--name") { Description = "The speaker's full name.", Required = true, HelpName = "name" };
        var publisher = Publisher();
        var uses = Uses();
        var command = new Command("consent-text", "Print the consent statement the speaker reads aloud for 'voice enroll --consent'.") { name, publisher, uses };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await console.Out.WriteLineAsync(ConsentStatement.Text(parsed.GetValue(name)!, parsed.GetValue(publisher)!, SplitUses(parsed.GetValue(uses)))).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Enroll(CliConsole console)
    {
        var references = new Argument<string[]>("references") { Description = "Recordings of the speaker (WAV, FLAC…; 16 kHz or more; 10 s of speech in all, 30 s or more recommended), or --recordings.", Arity = ArgumentArity.ZeroOrMore };
        var recordings = new Option<string?>("--recordings")
        {
            Description = "Instead of references: a folder of script takes, one <prompt-id>.wav|.flac|.mp3 per line of 'voice script' (and a transcript.txt of id|text lines for other text). Each take is checked against its prompt (words heard by pocketsphinx, level, clipping, SNR, pauses, rate); bad takes are listed and left out; at least 2 minutes of speech in good takes are needed.",
            HelpName = "dir",
        };
        var name = new Option<string>("--name") { Description = "The speaker's full name; the voice id is its slug.", Required = true, HelpName = "name" };
        var consent = new Option<string>("--consent") { Description = "The speaker reading the consent statement (see 'voice consent-text').", Required = true, HelpName = "recording" };
        var consentText = new Option<string>("--consent-text") { Description = "A text file holding the statement read in the consent recording; it must name the speaker.", Required = true, HelpName = "file" };
        var publisher = Publisher();
        var uses = Uses();
        var expires = new Option<string?>("--expires") { Description = "The last day consent is valid (yyyy-MM-dd). [default: no expiry]", HelpName = "date" };
        var unverified = new Option<bool>("--unverified-statement") { Description = "Skip speech recognition of the statement; the consent record says it was skipped." };
        var bundle = new Option<string?>("--voice", "-v") { Description = "The Narrator bundle the voice runs on and whose encoder compares speakers. [default: the default stock voice]", HelpName = "bundle" };
        var threshold = new Option<double>("--consent-threshold") { Description = "Minimum cosine similarity between the consent speaker and the references, and among references; stricter than the calibrated default only.", DefaultValueFactory = _ => Thresholds.SameSpeaker, HelpName = "similarity" };
        var store = VoiceStoreOption.Create();
        var command = new Command("enroll", "Enroll a cloned voice with the speaker's recorded consent.") { references, recordings, name, consent, consentText, publisher, uses, expires, unverified, bundle, threshold, store };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var statementFile = parsed.GetValue(consentText)!;
            var request = new EnrollmentRequest
            {
                Name = parsed.GetValue(name)!,
                ConsentRecording = parsed.GetValue(consent)!,
                Statement = File.Exists(statementFile) ? (await File.ReadAllTextAsync(statementFile, cancellationToken).ConfigureAwait(false)).Trim() : throw new NarratorException($"{statementFile}: no such consent text file."),
                References = parsed.GetValue(references) ?? [],
                Recordings = parsed.GetValue(recordings) is { } folder ? RecordingFolder.FromDirectory(folder) : null,
                Publisher = parsed.GetValue(publisher)!,
                Uses = SplitUses(parsed.GetValue(uses)),
                Expires = Date(parsed.GetValue(expires)),
                UnverifiedStatement = parsed.GetValue(unverified),
                Thresholds = new ConsentThresholds { Speaker = parsed.GetValue(threshold) },
            };
            using var embedder = BundleEmbedder.FromDirectory(BundleFolder(parsed.GetValue(bundle)));
            var enroller = new VoiceEnroller(embedder, embedder.Bundle, AudioDecoder.Stream, new PocketSphinxRecognizer());
            EnrollmentResult result;
            try
            {
                result = enroller.Enroll(request, VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store))), DateOnly.FromDateTime(DateTime.Now));
            }
            catch (EnrollmentRefusedException e)
            {
                await Print(console.Error, e.Reports).ConfigureAwait(false);
                throw;
            }

            await Print(console.Error, result.Reports).ConfigureAwait(false);
            foreach (var warning in result.Warnings)
            {
                await console.Error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
            }

            var c = result.Voice.Consent!;
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Enrolled {result.Voice.Id} in {result.Folder}: speaker similarity {c.SpeakerSimilarity:0.000}, statement {c.StatementVerified.ToString().ToLowerInvariant()} ({c.StatementCheckDetail}).")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The Narrator bundle --voice names (else the default stock voice's): enrolled voices run on it, embeddings need its speaker encoder.</summary>
    public static string BundleFolder(string? voice)
    {
        var folder = VoiceResolver.Resolve(voice, VoiceResolver.DefaultStockFolder);
        return folder.Kind == VoiceKind.NarratorBundle
            ? folder.Path
            : throw new NarratorException($"{folder.Path}: this needs a Narrator bundle (its speaker encoder); this voice is not one.");
    }

    internal static Option<string> Publisher() => new("--publisher") { Description = "The publisher consent is given to; 'any' for every publisher.", DefaultValueFactory = _ => ConsentStatement.AnyPublisher, HelpName = "name" };

    internal static Option<string[]> Uses() => new("--use") { Description = "Uses consent covers, comma-separated or repeated.", DefaultValueFactory = _ => ["audiobook,preview"], HelpName = "uses", AllowMultipleArgumentsPerToken = false };

    internal static string[] SplitUses(string[]? uses) => (uses ?? []).SelectMany(u => u.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToArray();

    private static DateOnly? Date(string? text) => text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new NarratorException($"--expires '{text}': expected a date as yyyy-MM-dd.");

    private static async Task Print(TextWriter writer, IReadOnlyList<QaReport> reports)
    {
        foreach (var report in reports)
        {
            var figures = report.SampleRate == 0 ? string.Empty : $" [{report.Figures()}]";
            await writer.WriteLineAsync($"{report.File}: {(report.Passed ? "ok" : "REJECTED: " + report.Rejection)}{figures}").ConfigureAwait(false);
        }
    }
}
