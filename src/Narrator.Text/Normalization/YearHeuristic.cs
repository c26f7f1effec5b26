namespace Narrator.Text.Normalization;

/// <summary>
/// Decides whether a bare four-digit number 1000..2099 is a year ("in 1984") or a count
/// ("1500 soldiers"). Years win unless a counted noun follows and no year cue ("in", "since") precedes.
/// </summary>
internal static class YearHeuristic
{
    private static readonly HashSet<string> YearCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "year", "circa", "c", "during", "spring", "summer", "autumn", "winter",
    };

    private static readonly HashSet<string> Eras = new(StringComparer.OrdinalIgnoreCase) { "AD", "BC", "BCE", "CE" };

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "men", "women", "children", "feet", "teeth", "mice", "sheep", "fish", "deer", "more", "other", "others",
        "new", "additional", "extra", "different", "times", "per",
    };

    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "is", "has", "this", "as", "its", "his", "hers", "us", "yes", "always", "perhaps", "across", "towards",
    };

    public static bool IsYearShaped(NumberSpan number) =>
        number is { Negative: false, Grouped: false, Fraction: null, Integer.Length: 4 } && number.Value is >= 1000 and < 2100;

    public static bool IsYear(TokenStream s, int index, NumberSpan number)
    {
        var next = index + number.Count;
        var after = s.SkipSpace(next);
        if (s.Is(after, TokenKind.Word) && Eras.Contains(s.Text(after)))
        {
            return true;
        }

        var before = s.Previous(index);
        if (s.Is(before, TokenKind.Word) && YearCues.Contains(s.Text(before)))
        {
            return true;
        }

        // 1000..1099 ("in 1066") are years only with a cue; a bare "1050" is a count.
        if (number.Value < 1100)
        {
            return false;
        }

        // "1500 soldiers", "2000 people": a lowercase plural noun right after the number means a count.
        if (after != next && s.Is(after, TokenKind.Word) && char.IsLower(s.Text(after)[0]))
        {
            var word = s.Text(after);
            return !(IrregularPlurals.Contains(word) || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
                && !NotNouns.Contains(word)));
        }

        return true;
    }
}
