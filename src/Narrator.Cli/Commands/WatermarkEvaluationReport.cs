using System.Globalization;
using System.Text;
using Narrator.Evaluation;
using Narrator.Watermark;

namespace Narrator.Cli.Commands;

/// <summary>Prints <see cref="WatermarkEvaluationResults"/> as a table or as JSON.</summary>
internal static class WatermarkEvaluationReport
{
    public static async Task WriteAsync(CliConsole console, WatermarkEvaluationResults results, bool json)
    {
        var rows = Rows(results.Attacks);
        var ownRows = Rows(results.OwnOutputAttacks);
        if (json)
        {
            var report = new
            {
                attacks = rows.Select(Json),
                ownOutput = new { voice = results.OwnOutputVoice, attacks = ownRows.Select(Json) },
                unmarked = new { items = results.UnmarkedScores.Count, falsePositives = results.FalsePositives, maxScore = results.UnmarkedScores.Max(), atOrAboveThreshold = results.UnmarkedScores.Count(s => s >= WatermarkDetector.Threshold), threshold = WatermarkDetector.Threshold, strongThreshold = WatermarkDetector.StrongThreshold },
                level = new { overallDb = Median(results.Levels.Select(l => l.OverallDb)), loudestDb = results.Levels.Max(l => l.OverallDb), segmentalSnrDb = Median(results.Levels.Select(l => l.SegmentalSnrDb)), bandsDb = BandMedians(results) },
                cost = new { msPerSecondOfAudio = results.EmbedMsPerSecond, percentOfCpuSynthesis = results.EmbedPercentOfSynthesis, assumedCpuRtf = results.CpuRtf },
            };
            await console.Out.WriteLineAsync(ReportJson.Serialize(report)).ConfigureAwait(false);
            return;
        }

        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        AppendTable(text, "Marked natural speech", rows);
        if (ownRows.Count > 0)
        {
            AppendTable(text, $"Narrator's own output ({results.OwnOutputVoice})", ownRows);
        }

        text.AppendLine(c, $"False positives: {results.FalsePositives} of {results.UnmarkedScores.Count} unmarked recordings (highest score {results.UnmarkedScores.Max():0.00}; {results.UnmarkedScores.Count(s => s >= WatermarkDetector.Threshold)} at or above {WatermarkDetector.Threshold:0.0}, where a payload is read; found needs a verified payload at {WatermarkDetector.Threshold:0.0} or a score of {WatermarkDetector.StrongThreshold:0.0}).");
        text.AppendLine(c, $"Mark level: median {Median(results.Levels.Select(l => l.OverallDb)):0.0} dB, loudest {results.Levels.Max(l => l.OverallDb):0.0} dB relative to the speech; segmental SNR {Median(results.Levels.Select(l => l.SegmentalSnrDb)):0.0} dB.");
        text.AppendLine(c, $"Per band (Hz, median dB relative to the speech there): {string.Join(", ", BandMedians(results).Select(b => $"{b.Key} {b.Value:0.0}"))}.");
        text.Append(c, $"Embedding: {results.EmbedMsPerSecond:0.00} ms per second of audio, {results.EmbedPercentOfSynthesis:0.0}% of a CPU synthesis at RTF {results.CpuRtf:0.00}.");
        await console.Out.WriteLineAsync(text.ToString()).ConfigureAwait(false);
    }

    private sealed record AttackRow(string Attack, int Items, int Detected, int PayloadCorrect, int PayloadWrong, double MinScore, double MedianScore);

    private static List<AttackRow> Rows(Dictionary<string, List<(string Item, bool Found, bool PayloadRight, bool PayloadWrong, double Score)>> attacks) =>
        [.. attacks.Select(a => new AttackRow(a.Key, a.Value.Count, a.Value.Count(r => r.Found), a.Value.Count(r => r.PayloadRight), a.Value.Count(r => r.PayloadWrong), a.Value.Min(r => r.Score), Median(a.Value.Select(r => r.Score))))];

    private static object Json(AttackRow r) => new { attack = r.Attack, items = r.Items, detected = r.Detected, payloadCorrect = r.PayloadCorrect, payloadWrong = r.PayloadWrong, minScore = r.MinScore, medianScore = r.MedianScore };

    private static void AppendTable(StringBuilder text, string title, List<AttackRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{title}:");
        text.AppendLine(c, $"{"attack",-16} {"items",5} {"detected",9} {"payload ok",10} {"wrong",5} {"min score",9} {"median",7}");
        foreach (var r in rows)
        {
            text.AppendLine(c, $"{r.Attack,-16} {r.Items,5} {r.Detected,9} {r.PayloadCorrect,10} {r.PayloadWrong,5} {r.MinScore,9:0.0} {r.MedianScore,7:0.0}");
        }
    }

    private static Dictionary<string, double> BandMedians(WatermarkEvaluationResults results) =>
        results.Levels.SelectMany(l => l.BandsDb).GroupBy(b => b.Key).ToDictionary(g => g.Key, g => Median(g.Select(b => b.Value)));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }
}
