using System.CommandLine;
using System.Globalization;
using System.Text;
using Narrator.Core.IO;
using Narrator.Evaluation;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate transcripts</c>: the training clips of a split list heard by the recognizer (<see cref="TranscriptCheck"/>).</summary>
internal static class TranscriptCheckCommand
{
    public const string CheckedFile = "transcripts-checked.tsv";
    public const string RejectedFile = "transcripts-rejected.tsv";

    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): splits/train.txt, cmu_arctic/<speaker>, kathleen/kathleen.", Required = true, HelpName = "folder" };
        var split = new Option<string?>("--split") { Description = "The list of speaker/id clips to check. [default: <data>/splits/train.txt]", HelpName = "file" };
        var maximum = new Option<double>("--max-wer") { Description = "A clip is rejected when more than this share of its transcript's words (and at least 3) are misheard.", DefaultValueFactory = _ => 0.75, HelpName = "rate" };
        var output = new Option<string?>("--out") { Description = $"Folder for {CheckedFile} (every clip: words, errors) and {RejectedFile} (the rejects with what was heard).", HelpName = "folder" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("transcripts", "Training-data hygiene: every clip of a split list heard by pocketsphinx and compared with its transcript; clips whose words mostly do not match are rejected.") { data, split, maximum, output, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var folder = parsed.GetValue(data)!;
            var rate = parsed.GetValue(maximum);
            if (rate is <= 0 or > 1)
            {
                throw new Core.NarratorException($"--max-wer {rate.ToString(CultureInfo.InvariantCulture)}: give a share of words between 0 and 1, e.g. 0.75.");
            }

            var sentences = CorpusSentence.ReadSplit(folder, parsed.GetValue(split) ?? Path.Combine(folder, "splits", "train.txt"));
            var checks = await TranscriptCheck.RunAsync(sentences, console.Error, cancellationToken).ConfigureAwait(false);
            var rejects = checks.Where(c => TranscriptCheck.IsRejected(c, rate)).ToList();
            if (parsed.GetValue(output) is { } target)
            {
                Directory.CreateDirectory(target);
                AtomicFile.WriteAllText(Path.Combine(target, CheckedFile), Checked(checks));
                AtomicFile.WriteAllText(Path.Combine(target, RejectedFile), Rejected(rejects, rate));
            }

            var speakers = checks.GroupBy(c => c.Sentence.Speaker).Select(g => (Speaker: g.Key, Clips: g.Count(), Errors: g.Aggregate(Voices.WordErrors.None, (sum, c) => sum + c.Errors), Rejected: g.Count(c => TranscriptCheck.IsRejected(c, rate)))).ToList();
            await console.Out.WriteLineAsync(parsed.GetValue(json)
                ? ReportJson.Serialize(new
                {
                    maxWer = rate,
                    speakers = speakers.Select(s => new { speaker = s.Speaker, clips = s.Clips, wer = s.Errors.Rate, rejected = s.Rejected }),
                    rejects = rejects.Select(r => new { clip = Item(r), wer = r.Errors.Rate, text = r.Sentence.Text, heard = r.Heard }),
                })
                : Table(speakers, rejects, rate)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Item(ClipCheck c) => $"{c.Sentence.Speaker}/{c.Sentence.Id}";

    private static string Checked(IEnumerable<ClipCheck> checks) =>
        "# clip\twords\terrors (pocketsphinx 0.8, narrator evaluate transcripts)\n"
        + string.Concat(checks.Select(c => string.Create(CultureInfo.InvariantCulture, $"{Item(c)}\t{c.Errors.ReferenceWords}\t{c.Errors.Errors}\n")));

    private static string Rejected(IEnumerable<ClipCheck> rejects, double rate) =>
        string.Create(CultureInfo.InvariantCulture, $"# clip\tword error rate\ttranscript\theard (more than {rate:0.##} of the words and at least 3 misheard)\n")
        + string.Concat(rejects.Select(c => string.Create(CultureInfo.InvariantCulture, $"{Item(c)}\t{c.Errors.Rate:0.00}\t{c.Sentence.Text}\t{c.Heard}\n")));

    private static string Table(IEnumerable<(string Speaker, int Clips, Voices.WordErrors Errors, int Rejected)> speakers, IReadOnlyList<ClipCheck> rejects, double rate)
    {
        var text = new StringBuilder();
        foreach (var s in speakers)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{s.Speaker}: {s.Clips} clips, word error rate {s.Errors.Rate:P1}, {s.Rejected} rejected");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{rejects.Count} rejected (more than {rate:P0} of the words and at least 3 misheard):");
        foreach (var r in rejects)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Item(r)}  {r.Errors.Rate:P0}  \"{r.Sentence.Text}\" heard \"{r.Heard}\"");
        }

        return text.ToString().TrimEnd();
    }
}
