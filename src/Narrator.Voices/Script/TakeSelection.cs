using System.Globalization;
using System.Runtime.ExceptionServices;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>
/// The script takes of an enrollment that are kept: each passes <see cref="TakeQa"/> and sounds like the
/// speaker of the other good takes; together they hold at least the minimum of speech.
/// </summary>
internal static class TakeSelection
{
    /// <summary>Reports for every file in the folder (sorted by name), and the good takes with their embeddings.</summary>
    /// <param name="embed">A take's embedding, or null when it is too short to embed alone (it is then not speaker-checked).</param>
    /// <param name="folder">The takes.</param>
    /// <param name="sameSpeaker">Least similarity of a take to the other good takes.</param>
    /// <param name="check">A take's QA.</param>
    public static (List<QaReport> Reports, List<(ScriptTake Take, QaReport Report, SpeakerEmbedding? Embedding)> Good) Select(
        RecordingFolder folder, double sameSpeaker, Func<ScriptTake, QaReport> check, Func<string, SpeakerEmbedding?> embed)
    {
        if (folder.Takes.Count == 0)
        {
            throw new EnrollmentRefusedException($"{folder.Path}: no takes: name each recording <prompt-id>.wav, .flac or .mp3 after its line in 'narrator voice script' (or in {RecordingFolder.TranscriptFileName}).", folder.Rejected);
        }

        var checkedTakes = CheckAll(folder.Takes, check);
        var good = checkedTakes.Where(t => t.Report.Passed).Select(t => (t.Take, t.Report, Embedding: embed(t.Take.Path))).ToList();
        var outliers = new Dictionary<ScriptTake, QaReport>();
        var embedded = good.Where(g => g.Embedding is not null).ToList();
        if (embedded.Count >= 3)
        {
            var similarities = SpeakerEmbedding.SimilarityToOthers(embedded.Select(g => g.Embedding!).ToList());
            foreach (var ((take, report, _), similarity) in embedded.Zip(similarities))
            {
                if (similarity < sameSpeaker)
                {
                    outliers[take] = report with { Rejection = string.Create(CultureInfo.InvariantCulture, $"sounds like another speaker than the other takes (similarity {similarity:0.000} to their mean < {sameSpeaker:0.000})") };
                }
            }
        }

        good = good.Where(g => !outliers.ContainsKey(g.Take)).ToList();
        var reports = checkedTakes.Select(t => outliers.TryGetValue(t.Take, out var o) ? o : t.Report).Concat(folder.Rejected).OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        var speech = good.Sum(g => g.Report.SpeechSeconds);
        var needed = ConsentTesting.MinimumTakeSpeechSeconds;
        if (speech < needed)
        {
            throw new EnrollmentRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"{folder.Path}: {speech / 60:0.00} minutes of speech in {good.Count} good takes ({reports.Count - good.Count} of {reports.Count} files left out, listed above); at least {needed / 60:0.0} minutes are needed: redo the rejected takes or record more prompts ('narrator voice script')."), reports);
        }

        return (reports, good);
    }

    /// <summary>Checks the takes on every core (the recognizer runs one process per take), keeping their order.</summary>
    private static List<(ScriptTake Take, QaReport Report)> CheckAll(IReadOnlyList<ScriptTake> takes, Func<ScriptTake, QaReport> check)
    {
        try
        {
            return takes.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount)).Select(t => (t, check(t))).ToList();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            throw;
        }
    }
}
