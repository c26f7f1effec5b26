namespace Narrator.Text.Normalization;

/// <summary>
/// Bare numbers: cardinals ("-5", "3.14", "1,234,567"), ordinals ("22nd"), years ("1984", "2010"),
/// decades ("1990s", "'80s"), fractions ("3/4", "1 1/2"), ranges ("1990-1995", "10-20"),
/// dimensions ("4x4"), phone numbers and long digit strings (digit by digit).
/// </summary>
internal sealed class NumberRule : INormalizationRule
{
    private const int LongDigitString = 8;

    public RuleMatch? TryRead(TokenStream s, int index)
    {
        var number = NumberSpan.Parse(s, index);
        if (number is null)
        {
            return null;
        }

        var next = index + number.Count;
        return PhoneNumbers.TryRead(s, index, number) ?? NumberForms.Ordinal(s, index, number)
            ?? NumberForms.Decade(s, index, number) ?? NumberForms.Fraction(s, index, number)
            ?? Range(s, index, number) ?? Dimensions(s, index, number)
            ?? RuleMatch.Words(next - index, Read(s, index, number, next));
    }

    /// <summary>A number on its own: year, digits or cardinal.</summary>
    public static string Read(TokenStream s, int index, NumberSpan number, int next)
    {
        if (YearHeuristic.IsYearShaped(number) && YearHeuristic.IsYear(s, index, number))
        {
            return NumberWords.Year((int)number.Value!.Value);
        }

        if (number.IsInteger && !number.Grouped && (number.Integer.Length >= LongDigitString
            || (number.Integer.Length > 1 && number.Integer[0] == '0')))
        {
            return (number.Negative ? "minus " : string.Empty) + NumberWords.Digits(number.Integer);
        }

        return number.Words();
    }

    private static RuleMatch? Range(TokenStream s, int index, NumberSpan first)
    {
        var dash = index + first.Count;
        if (!(s.IsChar(dash, '-') || s.IsChar(dash, '\u2013')) || NumberSpan.Parse(s, dash + 1) is not { Negative: false } second)
        {
            return null;
        }

        var end = dash + 1 + second.Count;
        var bothYears = YearHeuristic.IsYearShaped(first) && (YearHeuristic.IsYearShaped(second) || second.Integer.Length == 2);
        if (bothYears)
        {
            var secondYear = second.Integer.Length == 2 ? (int)(first.Value!.Value / 100 * 100) + (int)second.Value!.Value
                : (int)second.Value!.Value;
            return RuleMatch.Words(end - index, NumberWords.Year((int)first.Value!.Value) + " to " + NumberWords.Year(secondYear));
        }

        return RuleMatch.Words(end - index, first.Words() + " to " + second.Words());
    }

    private static RuleMatch? Dimensions(TokenStream s, int index, NumberSpan first)
    {
        var x = index + first.Count;
        if (!(s.IsWord(x, "x") || s.IsChar(x, '×')) || NumberSpan.Parse(s, x + 1) is not { Negative: false } second)
        {
            return null;
        }

        return RuleMatch.Words(x + 1 + second.Count - index, first.Words() + " by " + second.Words());
    }
}
