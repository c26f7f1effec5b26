using System.Text;

namespace Narrator.Text.Normalization;

/// <summary>
/// URLs ("https://example.com/path", "www.example.org", "example.com") and e-mail addresses
/// ("jane.doe@example.org"), read part by part: "jane dot doe at example dot org"; a part without a
/// vowel is spelled ("ftp.example.org": "f t p dot example dot org").
/// </summary>
internal sealed class UrlEmailRule : INormalizationRule
{
    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "fr", "us", "ca", "au", "info", "biz", "dev",
        "app", "ai", "eu", "nl", "ch", "jp", "ru", "it", "es", "me", "tv", "ly",
    };

    public RuleMatch? TryRead(TokenStream s, int index)
    {
        // Only at the start of a space-delimited chunk, so that each chunk is scanned once.
        if (!s.Is(index, TokenKind.Word) || !(index == 0 || s.Is(index - 1, TokenKind.Space) || s.Text(index - 1) is "(" or "<" or "\"" or "\u201C"))
        {
            return null;
        }

        var end = ChunkEnd(s, index);
        if (end - index < 3)
        {
            return null;
        }

        var chunk = s.Source[s[index].Start..(s[end - 1].Start + s[end - 1].Length)];
        var isUrl = chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        var at = chunk.IndexOf('@', StringComparison.Ordinal);
        var isEmail = at > 0 && chunk.IndexOf('.', at) > at + 1;
        if (!isUrl && !isEmail && !LooksLikeDomain(chunk))
        {
            return null;
        }

        return RuleMatch.Words(end - index, Read(chunk, s.Options.ReadUrlScheme));
    }

    /// <summary>End (exclusive) of the run of non-space tokens, without trailing sentence punctuation.</summary>
    private static int ChunkEnd(TokenStream s, int index)
    {
        var end = index;
        while (s.Has(end) && s[end].Kind != TokenKind.Space && !s.IsChar(end, '"') && !s.IsChar(end, ')'))
        {
            end++;
        }

        while (end > index && s[end - 1].Kind == TokenKind.Symbol && s.Text(end - 1) is "." or "," or ";" or ":" or "!" or "?" or "'")
        {
            end--;
        }

        return end;
    }

    private static bool LooksLikeDomain(string chunk)
    {
        var host = chunk.Split('/')[0];
        var labels = host.Split('.');
        return labels.Length >= 2 && TopLevelDomains.Contains(labels[^1]) && labels[^1] == labels[^1].ToLowerInvariant()
            && labels.All(l => l.Length > 0 && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    private static string Read(string chunk, bool readScheme)
    {
        var schemeEnd = chunk.IndexOf("://", StringComparison.Ordinal);
        if (!readScheme)
        {
            chunk = schemeEnd > 0 ? chunk[(schemeEnd + 3)..] : chunk;
            chunk = chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? chunk[4..] : chunk;
            schemeEnd = -1;
        }

        var builder = new StringBuilder();
        var i = 0;
        while (i < chunk.Length)
        {
            var start = i;
            if (char.IsAsciiLetter(chunk[i]))
            {
                while (i < chunk.Length && char.IsAsciiLetter(chunk[i]))
                {
                    i++;
                }

                var word = chunk[start..i];
                var spell = (start == 0 && schemeEnd > 0) || !word.Any(IsVowel);
                Append(builder, spell ? string.Join(' ', word.ToLowerInvariant().ToCharArray()) : word);
            }
            else if (char.IsAsciiDigit(chunk[i]))
            {
                while (i < chunk.Length && char.IsAsciiDigit(chunk[i]))
                {
                    i++;
                }

                var digits = chunk[start..i];
                Append(builder, digits.Length <= 4 ? NumberWords.Cardinal(digits) : NumberWords.Digits(digits));
            }
            else
            {
                Append(builder, SymbolName(chunk[i]));
                i++;
            }
        }

        return builder.ToString();
    }

    // A label without a vowel ("www", "ftp", "bbc") cannot be read as a word: it is spelled.
    private static bool IsVowel(char c) => "aeiouyAEIOUY".Contains(c, StringComparison.Ordinal);

    private static void Append(StringBuilder builder, string words)
    {
        if (words.Length > 0)
        {
            builder.Append(builder.Length > 0 ? " " : string.Empty).Append(words);
        }
    }

    private static string SymbolName(char c) => c switch
    {
        '.' => "dot",
        '/' => "slash",
        ':' => "colon",
        '@' => "at",
        '-' => "dash",
        '_' => "underscore",
        '?' => "question mark",
        '=' => "equals",
        '&' => "and",
        '#' => "hash",
        '~' => "tilde",
        '%' => "percent",
        '+' => "plus",
        _ => string.Empty,
    };
}
