using System.Text.RegularExpressions;

namespace Narrator.Books.Text;

/// <summary>Recognises heading lines of plain texts, and title-cases all-capital ones so they are not spelled out.</summary>
internal static partial class HeadingLines
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into",
    };

    public static HeadingKind Classify(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > 80)
        {
            return HeadingKind.None;
        }

        if (Numbered().Match(text) is { Success: true } numbered && numbered.Groups["rest"].Value.Trim().Length <= 60)
        {
            return numbered.Groups["kw"].Value.ToLowerInvariant() is "book" or "part" ? HeadingKind.Part : HeadingKind.Chapter;
        }

        if (Special().IsMatch(text))
        {
            return HeadingKind.Chapter;
        }

        if (RomanAlone().IsMatch(text))
        {
            return HeadingKind.Roman;
        }

        if (RomanTitle().Match(text) is { Success: true } roman && roman.Groups["title"].Value.Length <= 70)
        {
            return HeadingKind.RomanTitle;
        }

        return text.Length <= 60 && IsCapitals(text) && text.TrimEnd('.') is not ("THE END" or "FINIS" or "END")
            ? HeadingKind.Capitals
            : HeadingKind.None;
    }

    /// <summary>A line fit to be the title under "CHAPTER I.": short, starting with a capital or quote, not ending mid-sentence.</summary>
    public static bool IsTitleLine(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= 70 && (char.IsUpper(text[0]) || text[0] is '“' or '"' or '‘' or '\'')
            && text[^1] is not (',' or ';' or '-') && Classify(text) is HeadingKind.None or HeadingKind.Capitals;
    }

    /// <summary>"CHAPTER XII. THE TITLE" → "Chapter XII. The Title"; lines with lower case letters are kept as they are.</summary>
    public static string Tidy(string line)
    {
        var text = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!text.Any(char.IsLower))
        {
            return TitleCase(text);
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? text : text[..space];
        return first.Length > 1 && first.All(char.IsUpper) && Numbered().IsMatch(text) ? TitleCase(first) + text[first.Length..] : text;
    }

    private static string TitleCase(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (RomanAlone().IsMatch(word.TrimEnd(':', ',')))
            {
                continue;
            }

            var lower = word.ToLowerInvariant();
            words[i] = i > 0 && SmallWords.Contains(lower.Trim('.', ',', ':')) && !words[i - 1].EndsWith('.') ? lower : CapitalizeParts(lower);
        }

        return string.Join(' ', words);
    }

    private static string CapitalizeParts(string word)
    {
        var chars = word.ToCharArray();
        var start = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                chars[i] = start ? char.ToUpperInvariant(chars[i]) : chars[i];
                start = false;
            }
            else if (chars[i] is '-' or '(' or '"' or '“')
            {
                start = true;
            }
        }

        return new string(chars);
    }

    private static bool IsCapitals(string text) =>
        text.Count(char.IsLetter) >= 3 && !text.Any(char.IsLower) && !RomanAlone().IsMatch(text);

    [GeneratedRegex(@"^(?<kw>CHAPTER|Chapter|BOOK|Book|PART|Part)\s+(?<num>[IVXLCDM]+|[ivxlcdm]+|\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:-\w+)?|the\s+\w+))\b[.:]?(?<rest>\s+.*)?$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?i:prologue|epilogue|preface|introduction|afterword|foreword)\.?$")]
    private static partial Regex Special();

    [GeneratedRegex(@"^[IVXLC]+\.?$")]
    private static partial Regex RomanAlone();

    [GeneratedRegex(@"^(?<num>[IVXLC]+)\.\s+(?<title>[\p{Lu}“""‘'].*\p{L}.*)$")]
    private static partial Regex RomanTitle();
}
