using System.CommandLine;
using System.Globalization;
using Narrator.Cli.Progress;
using Narrator.Evaluation;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Planning;
using Spectre.Console;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate cast</c>: whether each utterance of a book rendered with a cast sounds like the voice it was given.</summary>
internal static class CastEvaluationCommand
{
    private const int TextLength = 60;

    public static Command Create(CliConsole console)
    {
        var book = new BookOptions();
        var voice = new VoiceOptions(defaultUse: "audiobook");
        var cast = new CastOption(required: true);
        var chapters = new Option<string?>("--chapters", "--chapter") { Description = "Only these chapters, e.g. 3-5 or 1,4,7-9.", HelpName = "list" };
        var encoder = new Option<string?>("--encoder") { Description = "The Narrator bundle whose speaker encoder compares the voices. [default: the default stock voice]", HelpName = "bundle" };
        var output = new Option<string?>("--out", "-o") { Description = "Render into this folder and keep it (chapters current there are not rendered again). [default: a temporary folder, removed afterwards]", HelpName = "folder" };
        var json = new Option<bool>("--json") { Description = "Print the figures and every utterance as JSON." };
        var command = new Command("cast", "Render a manuscript with a cast and check, with a speaker encoder, that each utterance sounds like the voice it was given: closest among the cast's voices, each reading the same reference passage.");
        book.AddTo(command);
        command.Options.Add(cast.File);
        voice.AddTo(command);
        foreach (var option in new Option[] { chapters, encoder, output, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var manuscript = book.Read(parsed);
            var selection = ChapterSelection.Parse(parsed.GetValue(chapters), manuscript.Chapters.Count);
            using var reading = cast.Load(parsed, voice, manuscript);
            using var bundle = EmbedCommand.Open(parsed.GetValue(encoder));
            var folder = parsed.GetValue(output) ?? Directory.CreateTempSubdirectory("narrator-evaluate-cast-").FullName;
            try
            {
                var results = await CastEvaluation.MeasureAsync(manuscript, reading.Cast, PronunciationLexicon.Empty.With(manuscript.Lexicon), bundle, folder, selection, new LineProgress(console.Error), cancellationToken).ConfigureAwait(false);
                if (parsed.GetValue(json))
                {
                    await console.Out.WriteLineAsync(ReportJson.Serialize(Document(results))).ConfigureAwait(false);
                }
                else
                {
                    Write(console, results);
                }
            }
            finally
            {
                if (parsed.GetValue(output) is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static object Document(CastEvaluationResults results) => new
    {
        encoder = results.EncoderId,
        utterances = results.Utterances.Count,
        measured = results.Measured,
        agreeing = results.Agreeing,
        accuracy = results.Accuracy,
        minimumSpeechSeconds = results.MinimumSpeechSeconds,
        voices = results.Voices.Select(v =>
        {
            var tally = results.ByVoice.First(t => t.Voice == v.Voice);
            return new { voice = v.Voice, referenceSeconds = v.ReferenceSeconds, closestOtherCosine = v.ClosestOtherCosine, measured = tally.Measured, agreeing = tally.Agreeing };
        }),
        lines = results.Utterances.Select(u => new
        {
            chapter = u.Chapter,
            index = u.Index,
            kind = u.Kind,
            text = u.Text,
            assigned = u.Assigned,
            closest = u.Closest,
            agrees = u.Agrees,
            speechSeconds = u.SpeechSeconds,
            assignedCosine = u.AssignedCosine,
            closestOtherCosine = u.ClosestOtherCosine,
        }),
    };

    private static void Write(CliConsole console, CastEvaluationResults results)
    {
        var table = new Table().AddColumn("#").AddColumn("text").AddColumn("assigned").AddColumn("closest").AddColumn(new TableColumn("cos").RightAligned()).AddColumn(new TableColumn("margin").RightAligned());
        foreach (var u in results.Utterances)
        {
            var closest = u.Closest is null ? $"(under {Number(results.MinimumSpeechSeconds, "0.#")} s of speech)" : u.Agrees ? u.Closest : $"{u.Closest} ✗";
            table.AddRow($"{u.Chapter}.{u.Index}", Markup.Escape(Shorten(u.Text)), Markup.Escape(u.Assigned), Markup.Escape(closest), Number(u.AssignedCosine, "0.000"), Number(u.Margin, "+0.000;-0.000"));
        }

        var ansi = Terminal.Create(console.Out);
        ansi.Write(table);
        foreach (var v in results.Voices)
        {
            var tally = results.ByVoice.First(t => t.Voice == v.Voice);
            ansi.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{v.Voice}: {tally.Agreeing} of {tally.Measured} utterances closest to it (reference {v.ReferenceSeconds:0.0} s of speech, cosine {v.ClosestOtherCosine:0.000} to the closest other voice's)"));
        }

        ansi.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Encoder {results.EncoderId}: {results.Agreeing} of {results.Measured} utterances ({results.Accuracy * 100:0.0}%) sound closest to the voice they were given; {results.Utterances.Count - results.Measured} of {results.Utterances.Count} had under {results.MinimumSpeechSeconds:0.#} s of speech and were not measured."));
    }

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : string.Empty;

    private static string Shorten(string text) => text.Length <= TextLength ? text : string.Concat(text.AsSpan(0, TextLength - 1), "…");
}
