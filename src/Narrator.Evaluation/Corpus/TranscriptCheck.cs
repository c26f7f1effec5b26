using Narrator.Voices;

namespace Narrator.Evaluation;

/// <summary>One training clip as the recognizer heard it, against its transcript.</summary>
public sealed record ClipCheck(CorpusSentence Sentence, string Heard, WordErrors Errors);

/// <summary>
/// Training-data hygiene (issue 12): every clip of a split list is heard by the offline recognizer and
/// compared with its transcript, since a wrong transcript teaches the acoustic model babble.
/// </summary>
public static class TranscriptCheck
{
    /// <summary>Clips decoded and recognized per recognizer run (bounds the temporary audio on disk).</summary>
    private const int Batch = 200;

    public static async Task<IReadOnlyList<ClipCheck>> RunAsync(IReadOnlyList<CorpusSentence> sentences, TextWriter progress, CancellationToken cancellationToken = default)
    {
        var checks = new List<ClipCheck>(sentences.Count);
        foreach (var batch in sentences.Chunk(Batch))
        {
            var heard = await PocketSphinxBatch.Default.TranscribeFilesAsync(batch.Select(s => s.Recording).ToList(), cancellationToken).ConfigureAwait(false);
            checks.AddRange(batch.Zip(heard, (s, h) => new ClipCheck(s, h, WordErrors.Measure(s.Text, h))));
            await progress.WriteLineAsync($"heard {checks.Count} of {sentences.Count} clips").ConfigureAwait(false);
        }

        return checks;
    }

    /// <summary>
    /// Whether a clip's transcript is suspect: more than <paramref name="maximumRate"/> of its words wrong, and at
    /// least three of them (on a four-word prompt one misheard name is not evidence of a wrong transcript).
    /// </summary>
    public static bool IsRejected(ClipCheck check, double maximumRate) =>
        check.Errors.Rate > maximumRate && check.Errors.Errors >= 3;
}
