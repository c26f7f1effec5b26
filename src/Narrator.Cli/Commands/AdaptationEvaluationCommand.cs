using System.CommandLine;
using System.Globalization;
using System.Text;
using Narrator.Evaluation;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate adaptation</c>: the figures of <see cref="AdaptationEvaluation"/> for a left-out speaker.</summary>
internal static class AdaptationEvaluationCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): splits/heldout.txt, cmu_arctic/<speaker>, kathleen/kathleen, vctk/<speaker>.", Required = true, HelpName = "folder" };
        var voice = new Option<string?>("--voice", "-v") { Description = "The base bundle, trained without --speaker. [default: the default stock voice]", HelpName = "bundle" };
        var speaker = new Option<string>("--speaker") { Description = "The left-out speaker: an ARCTIC-prompt speaker (bdl, slt, kathleen…), or a VCTK speaker of the sample (p225…) for few-shot figures, the last third of its clips held out.", Required = true, HelpName = "name" };
        var takes = new Option<string>("--takes") { Description = "Script sizes to adapt on, in prompts, comma-separated (60, 210 and 630 are about 3, 10 and 30 minutes).", DefaultValueFactory = _ => "60,210", HelpName = "counts" };
        var sentences = new Option<int>("--sentences") { Description = "Held-out prompts each condition reads.", DefaultValueFactory = _ => 55, HelpName = "count" };
        var work = new Option<string?>("--work") { Description = "Folder for the trainings (each resumes from its checkpoint when run again). [default: a folder under the system's temporary folder]", HelpName = "folder" };
        var minutes = new Option<double>("--max-minutes") { Description = "Training budget of each adaptation.", DefaultValueFactory = _ => new AdaptationOptions().MaxMinutes, HelpName = "minutes" };
        var steps = new Option<int>("--steps") { Description = "Training steps of each adaptation.", DefaultValueFactory = _ => new AdaptationOptions().Steps };
        var threads = new Option<int>("--threads") { Description = "CPU threads for training. [default: up to 4]" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("adaptation", "Likeness (encoder cosine to the speaker's natural recordings and to every other speaker's) and intelligibility (pocketsphinx word error rate) of a speaker left out of the base bundle: zero-shot, then adapted on each script size.");
        foreach (var option in new Option[] { data, voice, speaker, takes, sentences, work, minutes, steps, threads, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var counts = parsed.GetValue(takes)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new Core.NarratorException($"--takes '{t}': give positive numbers of prompts, e.g. 60,210."))
                .ToList();
            var name = parsed.GetValue(speaker)!;
            var folder = parsed.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "narrator-adaptation-evaluation");
            var options = new AdaptationOptions { MaxMinutes = parsed.GetValue(minutes), Steps = parsed.GetValue(steps), Threads = parsed.GetValue(threads) };
            using var bundle = EmbedCommand.Open(parsed.GetValue(voice));
            var evaluation = new AdaptationEvaluation(bundle, new PocketSphinxRecognizer(), console.Error);
            var results = await evaluation.MeasureAsync(parsed.GetValue(data)!, name, counts, parsed.GetValue(sentences), folder, options, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(parsed.GetValue(json) ? Json(results) : Table(results)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Json(AdaptationEvaluationResults r) => ReportJson.Serialize(
        new
        {
            bundle = r.Bundle,
            speaker = r.Speaker,
            sentences = r.Sentences,
            conditions = new[] { r.Natural }.Concat(r.Conditions).Select(c => new
            {
                condition = c.Condition,
                takes = c.Takes,
                speechMinutes = c.SpeechMinutes,
                steps = c.Steps,
                trainingMinutes = c.TrainingMinutes,
                wer = c.Errors.Rate,
                werRatioToNatural = r.Natural.Errors.Rate > 0 ? c.Errors.Rate / r.Natural.Errors.Rate : double.NaN,
                cosineOwn = c.OwnCosine,
                cosineClosestOther = c.OtherCosine,
                closestOther = c.ClosestOther,
                margin = c.Margin,
            }),
        });

    private static string Table(AdaptationEvaluationResults r)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"Base bundle {r.Bundle}, left-out speaker {r.Speaker}, {r.Sentences} held-out prompts; WER by pocketsphinx, cosines by the bundle's encoder.");
        text.AppendLine(c, $"{"condition",-36} {"minutes",7} {"steps",6} {"WER",6} {"x nat",5} {"cos own",7} {"cos other",9} {"margin",6}  closest other");
        foreach (var f in new[] { r.Natural }.Concat(r.Conditions))
        {
            var ratio = r.Natural.Errors.Rate > 0 ? f.Errors.Rate / r.Natural.Errors.Rate : double.NaN;
            text.AppendLine(c, $"{f.Condition,-36} {f.SpeechMinutes,7:0.0} {f.Steps,6} {f.Errors.Rate,6:P1} {ratio,5:0.00} {f.OwnCosine,7:0.000} {f.OtherCosine,9:0.000} {f.Margin,6:0.000}  {f.ClosestOther}");
        }

        text.Append("(natural recordings: 'cos own' compares the odd and even held-out recordings.)");
        return text.ToString();
    }
}
