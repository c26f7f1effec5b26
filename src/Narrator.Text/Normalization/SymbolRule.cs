namespace Narrator.Text.Normalization;

/// <summary>
/// Punctuation and symbols: , . ; : ! ? kept for prosody; dashes read as commas; "&amp;" and, "+" plus,
/// "=" equals, "@" at, "#5" number five, "%" percent, "°" degrees; quotes, brackets, emoji and
/// symbols without a reading dropped.
/// </summary>
internal sealed class SymbolRule : INormalizationRule
{
    private static readonly Dictionary<string, string> Spoken = new(StringComparer.Ordinal)
    {
        ["&"] = "and", ["+"] = "plus", ["="] = "equals", ["@"] = "at", ["%"] = "percent", ["°"] = "degrees",
        ["×"] = "times", ["÷"] = "divided by", ["<"] = "less than", [">"] = "greater than", ["§"] = "section",
        ["©"] = "copyright", ["±"] = "plus or minus", ["≈"] = "approximately", ["~"] = "about", ["½"] = "one half",
        ["¼"] = "one quarter", ["¾"] = "three quarters", ["$"] = "dollars", ["£"] = "pounds", ["€"] = "euros",
    };

    public RuleMatch? TryRead(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Symbol))
        {
            return null;
        }

        var text = s.Text(index);
        switch (text)
        {
            case "," or ";" or ":" or "!" or "?":
                return Mark(1, text);
            case ".":
                var end = index;
                while (s.IsChar(end + 1, '.'))
                {
                    end++;
                }

                return Mark(end - index + 1, ".");
            case "\u2026":
                return Mark(1, ".");
            case "\u2014" or "\u2013" or "\u2015":
                return Mark(1, ",");
            case "-":
                return Hyphen(s, index);
            case "#":
                return s.Is(index + 1, TokenKind.Number) ? RuleMatch.Words(1, "number") : RuleMatch.Nothing(1);
        }

        return Spoken.TryGetValue(text, out var words) ? RuleMatch.Words(1, words) : RuleMatch.Nothing(1);
    }

    /// <summary>"--" and a spaced " - " are dashes (a comma pause); "5-year", "COVID-19" hyphens are silent.</summary>
    private static RuleMatch Hyphen(TokenStream s, int index)
    {
        if (s.IsChar(index + 1, '-'))
        {
            var end = index + 1;
            while (s.IsChar(end + 1, '-'))
            {
                end++;
            }

            return Mark(end - index + 1, ",");
        }

        var spaced = (!s.Has(index - 1) || s.Is(index - 1, TokenKind.Space)) && (!s.Has(index + 1) || s.Is(index + 1, TokenKind.Space));
        return spaced ? Mark(1, ",") : RuleMatch.Nothing(1);
    }

    private static RuleMatch Mark(int count, string mark) => new(count, [new SpokenPiece(mark, SpokenTokenKind.Punctuation)]);
}
