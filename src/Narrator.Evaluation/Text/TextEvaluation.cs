using Narrator.Core;
using Narrator.Synthesis;

namespace Narrator.Evaluation;

/// <summary>
/// Reads each sentence of a <see cref="TextTestList"/> through a synthesizer's text frontend (the
/// segmenter, normalizer and the voice's phonemizer, exactly as it speaks) and scores the reading.
/// No audio is made.
/// </summary>
public static class TextEvaluation
{
    public static TextEvaluationResults Measure(TextTestList list, Synthesizer synthesizer)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(synthesizer);
        var phonemizer = synthesizer.Voice.Phonemizer;
        if (list.Items.Any(i => i.Expected is PronunciationExpectation) && phonemizer.Alphabet != "x-arpabet")
        {
            throw new NarratorException($"{list.Source}: its pronunciations are ARPAbet, but voice {synthesizer.Voice.Name} speaks through the {phonemizer.Name} phonemizer ({phonemizer.Alphabet}); measure with a Narrator bundle.");
        }

        var results = new List<TextItemResult>(list.Items.Count);
        foreach (var item in list.Items)
        {
            var prepared = synthesizer.Prepare(item.Sentence);
            var got = item.Expected switch
            {
                PronunciationExpectation p => TargetPronunciation.Of(prepared, p, TargetWord.Find(item.Sentence, p.Target, p.Occurrence)!.Value, phonemizer),
                _ => SpokenWords.Joined(string.Join(' ', prepared.Select(u => u.Normalized.Spoken))),
            };
            results.Add(new TextItemResult(item, item.Expected.Readings.Any(r => Matches(item.Expected, r, got)), got));
        }

        return new TextEvaluationResults(list.Source, results);
    }

    private static bool Matches(TextExpectation expected, string reading, string got) => expected is PronunciationExpectation
        ? string.Equals(reading, got, StringComparison.Ordinal)
        : string.Equals(SpokenWords.Joined(reading), got, StringComparison.Ordinal);
}
