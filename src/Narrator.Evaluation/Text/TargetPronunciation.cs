using Narrator.Core;
using Narrator.Phonemes;
using Narrator.Synthesis;

namespace Narrator.Evaluation;

/// <summary>
/// The phones one source word was read with, inside its utterance: its spoken words are located by
/// their source ranges, and each spoken word's count of phoneme words (on its own) says where
/// the target's phones sit in the utterance's phonemes.
/// </summary>
internal static class TargetPronunciation
{
    private const string WordBoundary = " ";

    public static string Of(IReadOnlyList<PreparedUtterance> utterances, PronunciationExpectation expected, SourceRange target, IPhonemizer phonemizer)
    {
        var utterance = utterances.FirstOrDefault(u => u.Source.Range.Start <= target.Start && target.Start < u.Source.Range.End);
        if (utterance is null)
        {
            return "(not spoken)";
        }

        var local = target.Offset(-utterance.Source.Range.Start);
        var start = 0;
        var length = 0;
        var total = 0;
        foreach (var token in utterance.Normalized.Tokens.Where(t => t.Kind == Text.SpokenTokenKind.Word))
        {
            var count = Words(phonemizer.Phonemize(token.Text)).Count;
            var overlaps = token.Source.Start < local.End && local.Start < token.Source.End;
            if (overlaps)
            {
                start = length == 0 ? total : start;
                length += count;
            }

            total += count;
        }

        var words = Words(utterance.Phonemes);
        if (length == 0)
        {
            return $"(no spoken word for '{expected.Target}')";
        }

        return total != words.Count
            ? $"(cannot align: the words of \"{utterance.Normalized.Spoken}\" make {total} phoneme words on their own, {words.Count} together)"
            : string.Join(" | ", words.Skip(start).Take(length).Select(w => string.Join(' ', w)));
    }

    // Phoneme words of an utterance: the symbols between word boundaries, without punctuation.
    private static List<List<string>> Words(PhonemeString phonemes)
    {
        var words = new List<List<string>> { new() };
        foreach (var symbol in phonemes.Symbols)
        {
            if (symbol == WordBoundary)
            {
                words.Add([]);
            }
            else if (symbol.Any(char.IsLetter))
            {
                words[^1].Add(symbol);
            }
        }

        return words.Where(w => w.Count > 0).ToList();
    }
}
