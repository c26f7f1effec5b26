namespace Narrator.Text.Normalization;

/// <summary>
/// A written number: optional minus, digits with optional thousands separators, optional decimals.
/// <see cref="Count"/> is the number of tokens it covers.
/// </summary>
internal sealed record NumberSpan(int Count, bool Negative, string Integer, string? Fraction, bool Grouped)
{
    public bool IsInteger => Fraction is null;

    /// <summary>True for exactly one (singular units: "1 km", "$1").</summary>
    public bool IsOne => !Negative && Fraction is null && Integer.TrimStart('0') == "1";

    public long? Value => Integer.Length is > 0 and <= 18 ? long.Parse(Integer, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>"minus three point one four", "one million two hundred thirty-four thousand five hundred sixty-seven".</summary>
    public string Words()
    {
        var words = Integer.Length > 0 ? NumberWords.Cardinal(Integer) : string.Empty;
        if (Fraction is not null)
        {
            words += " point " + NumberWords.Digits(Fraction);
        }

        return Negative ? "minus " + words : words;
    }

    /// <summary>Reads a number starting at <paramref name="index"/>, or null when none starts there.</summary>
    public static NumberSpan? Parse(TokenStream s, int index)
    {
        var i = index;
        var negative = false;
        if ((s.IsChar(i, '-') || s.IsChar(i, '\u2212')) && s.Is(i + 1, TokenKind.Number) && !s.GluedToPrevious(i))
        {
            negative = true;
            i++;
        }

        if (s.IsChar(i, '.') && s.Is(i + 1, TokenKind.Number) && !s.GluedToPrevious(i))
        {
            return new NumberSpan(i + 2 - index, negative, string.Empty, s.Text(i + 1), false); // ".5"
        }

        if (!s.Is(i, TokenKind.Number))
        {
            return null;
        }

        var integer = s.Text(i);
        var grouped = false;
        i++;
        while (integer.Length <= 3 || grouped)
        {
            if (!(s.IsChar(i, ',') && s.Is(i + 1, TokenKind.Number) && s.Text(i + 1).Length == 3))
            {
                break;
            }

            integer += s.Text(i + 1);
            grouped = true;
            i += 2;
        }

        string? fraction = null;
        if (s.IsChar(i, '.') && s.Is(i + 1, TokenKind.Number))
        {
            fraction = s.Text(i + 1);
            i += 2;
        }

        return new NumberSpan(i - index, negative, integer, fraction, grouped);
    }
}
