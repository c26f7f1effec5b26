namespace Narrator.Text.Normalization;

/// <summary>The special shapes of a number that <see cref="NumberRule"/> tries before a plain reading.</summary>
internal static class NumberForms
{
    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.OrdinalIgnoreCase) { "st", "nd", "rd", "th" };

    /// <summary>"1st", "22nd", "103rd", "19th-century".</summary>
    public static RuleMatch? Ordinal(TokenStream s, int index, NumberSpan number)
    {
        var suffix = index + number.Count;
        var word = s.Text(suffix);
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        var head = hyphen > 0 ? word[..hyphen] : word;
        if (!number.IsInteger || number.Negative || !s.Is(suffix, TokenKind.Word) || !OrdinalSuffixes.Contains(head)
            || number.Value is not { } value || value > int.MaxValue)
        {
            return null;
        }

        var words = NumberWords.Ordinal((int)value) + (hyphen > 0 ? " " + word[(hyphen + 1)..] : string.Empty);
        return RuleMatch.Words(suffix + 1 - index, words);
    }

    /// <summary>"1990s" (nineteen nineties), "1960's", "80s" (eighties).</summary>
    public static RuleMatch? Decade(TokenStream s, int index, NumberSpan number)
    {
        var next = index + number.Count;
        var apostrophe = s.IsChar(next, '\'') || s.IsChar(next, '\u2019');
        var suffix = apostrophe ? next + 1 : next;
        if (!number.IsInteger || number.Negative || !number.Integer.EndsWith('0') || !s.IsWord(suffix, "s")
            || !(number.Integer.Length == 2 || YearHeuristic.IsYearShaped(number)))
        {
            return null;
        }

        var value = (int)number.Value!.Value;
        var words = number.Integer.Length == 2 ? NumberWords.Cardinal(value) : NumberWords.Year(value);
        return RuleMatch.Words(suffix + 1 - index, NumberWords.Plural(words));
    }

    /// <summary>"3/4" (three quarters), "1/2", "5/8", "1 1/2" (one and one half).</summary>
    public static RuleMatch? Fraction(TokenStream s, int index, NumberSpan number)
    {
        if (!number.IsInteger || number.Grouped)
        {
            return null;
        }

        var simple = Simple(s, index);
        if (simple is not null)
        {
            return simple;
        }

        var at = index + number.Count + 1;
        if (s.Is(index + number.Count, TokenKind.Space) && Simple(s, at) is { } part && !number.Negative)
        {
            return RuleMatch.Words(at + part.Count - index, number.Words() + " and " + part.Pieces[0].Text);
        }

        return null;
    }

    private static RuleMatch? Simple(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Number) || !s.IsChar(index + 1, '/') || !s.Is(index + 2, TokenKind.Number)
            || s.IsChar(index + 3, '/') || !s.EndsWord(index + 2) || s.Text(index).Length > 3 || s.Text(index + 2).Length > 3)
        {
            return null;
        }

        var numerator = long.Parse(s.Text(index), System.Globalization.CultureInfo.InvariantCulture);
        var denominator = int.Parse(s.Text(index + 2), System.Globalization.CultureInfo.InvariantCulture);
        var plausible = denominator is (>= 2 and <= 16) or 32 or 64 or 100 && numerator > 0 && numerator < denominator;
        return plausible ? RuleMatch.Words(3, NumberWords.Fraction(numerator, denominator)) : null;
    }
}
