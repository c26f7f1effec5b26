using System.Text;

namespace Narrator.Evaluation;

/// <summary>
/// Spoken text as a word sequence for comparison: case, punctuation, apostrophes and hyphens do not
/// count ("Twenty-one o'clock." reads as twenty one oclock); every other difference does.
/// </summary>
internal static class SpokenWords
{
    public static IReadOnlyList<string> Of(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '’'))
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    public static string Joined(string text) => string.Join(' ', Of(text));
}
