using System.CommandLine;
using System.Globalization;
using System.Text;
using Narrator.Evaluation;
using Narrator.Rendering.Proof;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate proof</c>: how proof-listening scores good audio and faults (<see cref="ProofCalibration"/>).</summary>
internal static class ProofCalibrationCommand
{
    private static readonly double[] Percents = [5, 50, 95];

    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): splits/heldout.txt, cmu_arctic/<speaker>, kathleen/kathleen.", Required = true, HelpName = "folder" };
        var voice = new Option<string?>("--voice", "-v") { Description = "The Narrator bundle whose stock speakers read the prompts. [default: the default stock voice]", HelpName = "bundle" };
        var sentences = new Option<int>("--sentences") { Description = "Held-out prompts per speaker.", DefaultValueFactory = _ => 55, HelpName = "count" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("proof", "Proof-listening calibration: word error rate and longest inner silence of natural recordings, of the voice's readings and of faults made from them (a word left out, room tone, a backwards stretch, another prompt), and the share flagged at the thresholds.") { data, voice, sentences, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var bundle = EmbedCommand.Open(parsed.GetValue(voice));
            var held = CorpusSentence.ReadHeldOut(parsed.GetValue(data)!);
            var conditions = await ProofCalibration.RunAsync(bundle, held, parsed.GetValue(sentences), console.Error, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(parsed.GetValue(json) ? Json(conditions) : Table(conditions)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Json(IReadOnlyList<ProofCondition> conditions) => ReportJson.Serialize(new
    {
        thresholds = new { maxWer = ProofThresholds.MaximumWordErrorRate, mismatchRun = ProofThresholds.MismatchRun, minimumWords = ProofThresholds.MinimumWords, maxPauseSeconds = ProofThresholds.MaximumPauseSeconds },
        conditions = conditions.Select(c => new
        {
            condition = c.Name,
            fault = c.IsFault,
            utterances = c.Proofs.Count,
            flagged = c.FlaggedShare,
            wer = Percents.ToDictionary(p => $"p{p}", p => CalibrationReport.Percentile(c.Proofs.Select(x => x.Errors.Rate).ToList(), p)),
            longestMismatch = Percents.ToDictionary(p => $"p{p}", p => CalibrationReport.Percentile(c.Proofs.Select(x => (double)x.LongestMismatch).ToList(), p)),
            longestPauseSeconds = Percents.ToDictionary(p => $"p{p}", p => CalibrationReport.Percentile(c.Proofs.Select(x => x.LongestPauseSeconds).ToList(), p)),
            scores = c.Proofs.Select(x => new { words = x.Errors.ReferenceWords, errors = x.Errors.Errors, mismatch = x.LongestMismatch, pause = x.LongestPauseSeconds, flagged = x.Problem is not null }),
        }),
    });

    private static string Table(IReadOnlyList<ProofCondition> conditions)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Thresholds: word error rate above {ProofThresholds.MaximumWordErrorRate:P0} (utterances of {ProofThresholds.MinimumWords}+ words), {ProofThresholds.MismatchRun} words in a row misheard, a silence above {ProofThresholds.MaximumPauseSeconds:0.0} s inside, or nothing heard.");
        text.AppendLine("condition                         utterances  flagged   WER p5/p50/p95     mismatch run p50/p95  longest silence p50/p95");
        foreach (var c in conditions)
        {
            var wer = c.Proofs.Select(x => x.Errors.Rate).ToList();
            var run = c.Proofs.Select(x => (double)x.LongestMismatch).ToList();
            var pause = c.Proofs.Select(x => x.LongestPauseSeconds).ToList();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Name,-33} {c.Proofs.Count,10}  {c.FlaggedShare,7:P1}   {string.Join("/", Percents.Select(p => CalibrationReport.Percentile(wer, p).ToString("0.00", CultureInfo.InvariantCulture))),-17}  {CalibrationReport.Percentile(run, 50),8:0}/{CalibrationReport.Percentile(run, 95):0}          {CalibrationReport.Percentile(pause, 50):0.00}/{CalibrationReport.Percentile(pause, 95):0.00} s"));
        }

        return text.ToString().TrimEnd();
    }
}
