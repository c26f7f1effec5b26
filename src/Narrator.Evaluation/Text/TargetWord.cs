using Narrator.Core;

namespace Narrator.Evaluation;

/// <summary>Finds a word in a sentence: whole word, case-insensitive, the n-th occurrence from 1.</summary>
internal static class TargetWord
{
    public static SourceRange? Find(string sentence, string word, int occurrence)
    {
        var seen = 0;
        for (var at = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            var whole = (at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end]));
            if (whole && ++seen == occurrence)
            {
                return new SourceRange(at, word.Length);
            }
        }

        return null;
    }
}
