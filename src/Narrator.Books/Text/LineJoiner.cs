using System.Text;

namespace Narrator.Books.Text;

/// <summary>
/// Rejoins hard-wrapped lines into paragraphs and repairs words hyphenated at a line end. The hyphen of
/// "won-|derful" goes, and the hyphen of "well-|known" stays, by this rule, first match wins:
/// the part after the break starts with a capital or digit → keep; the joined word occurs elsewhere in
/// the text → join; the hyphenated word occurs elsewhere → keep; the first part is a common compound
/// head ("well", "self", "half", "ill", …) → keep; otherwise join (a hyphen at a line end is most often a
/// typesetter's break). Underscore emphasis (<c>_very_</c>) loses its underscores.
/// </summary>
internal sealed class LineJoiner
{
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "well", "self", "half", "ill", "all", "ever", "never", "long", "short", "high", "low", "great", "old", "new", "non",
        "ex", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "so", "far", "full", "good", "ready", "much", "free", "first", "second",
    };

    private readonly HashSet<string> _words;

    public LineJoiner(string text)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || (c is '-' or '\'' or '’' && word.Length > 0))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                _words.Add(word.ToString().TrimEnd('-'));
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            _words.Add(word.ToString().TrimEnd('-'));
        }
    }

    /// <summary>Lines of one paragraph → one line of text, whitespace collapsed.</summary>
    public string Join(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && char.IsLetter(line[0]))
            {
                if (!KeepHyphen(text, line))
                {
                    text.Length--;
                }
            }
            else if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return Clean(text.ToString());
    }

    /// <summary>Collapses whitespace and drops emphasis underscores, in one pass.</summary>
    public static string Clean(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (c == '_' && (i == 0 || i == text.Length - 1 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 1])))
            {
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private bool KeepHyphen(StringBuilder text, string next)
    {
        var start = text.Length - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var head = text.ToString(start, text.Length - 1 - start).ToLowerInvariant();
        var end = 0;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }

        var tail = next[..end];
        if (char.IsUpper(tail[0]))
        {
            return true;
        }

        tail = tail.ToLowerInvariant();
        return !_words.Contains(head + tail) && (_words.Contains(head + "-" + tail) || CompoundHeads.Contains(head));
    }
}
