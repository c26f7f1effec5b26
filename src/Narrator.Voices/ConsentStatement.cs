using System.Globalization;
using System.Text;
using Narrator.Core.Unicode;

namespace Narrator.Voices;

/// <summary>The statement a speaker reads aloud to consent to a synthetic voice.</summary>
public static class ConsentStatement
{
    /// <summary>The publisher value that allows every publisher.</summary>
    public const string AnyPublisher = "any";

    /// <summary>The statement <paramref name="name"/> reads to let <paramref name="publisher"/> use a synthetic voice of them for <paramref name="uses"/>.</summary>
    public static string Text(string name, string publisher, IReadOnlyList<string> uses)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(uses);
        var who = string.IsNullOrWhiteSpace(publisher) || publisher == AnyPublisher ? "the publishers I work with" : publisher;
        var what = uses.Count == 0 ? "audiobooks" : string.Join(" and ", uses);
        return $"I, {name}, am aware that recordings of my voice will be used by {who} to create and use a synthetic version of my voice for {what}.";
    }

    /// <summary>Whether the statement contains every word of the speaker's name.</summary>
    public static bool NamesSpeaker(string statement, string name)
    {
        var words = Words(statement).ToHashSet(StringComparer.Ordinal);
        var nameWords = Words(name).ToList();
        return nameWords.Count > 0 && nameWords.All(words.Contains);
    }

    /// <summary>Share of the statement's words that occur in the transcript (0 to 1).</summary>
    public static double RecognizedShare(string statement, string transcript)
    {
        var heard = Words(transcript).ToHashSet(StringComparer.Ordinal);
        var said = Words(statement).ToList();
        return said.Count == 0 ? 0 : said.Count(heard.Contains) / (double)said.Count;
    }

    /// <summary>Lower-case words without accents or punctuation.</summary>
    internal static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in CanonicalDecomposition.ToNfd(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\'')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
