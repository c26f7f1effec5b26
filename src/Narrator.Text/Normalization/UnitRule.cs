namespace Narrator.Text.Normalization;

/// <summary>
/// A number with a unit: "5 km" (five kilometers), "1 km" (one kilometer), "50%", "3.5%",
/// "-5°C" (minus five degrees Celsius), "60 mph", "10-20 kg" (ten to twenty kilograms).
/// </summary>
internal sealed class UnitRule : INormalizationRule
{
    private const int MaxUnitTokens = 3;

    public RuleMatch? TryRead(TokenStream s, int index)
    {
        var first = NumberSpan.Parse(s, index);
        if (first is null)
        {
            return null;
        }

        var next = index + first.Count;
        var words = first.Words();
        var plural = !first.IsOne;
        if ((s.IsChar(next, '-') || s.IsChar(next, '\u2013')) && NumberSpan.Parse(s, next + 1) is { Negative: false } second)
        {
            words += " to " + second.Words();
            plural = true;
            next += 1 + second.Count;
        }

        var unitStart = s.SkipSpace(next);
        if (unitStart != next && s.Text(next).Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var unit = Match(s, unitStart, unitStart != next);
        if (unit is null)
        {
            return null;
        }

        var (count, one, many) = unit.Value;
        var end = unitStart + count;
        var spoken = words + " " + (plural ? many : one);
        if (many == "feet" && Inches(s, end) is { } inches)
        {
            // "12 ft 6 in": after feet, "in" is inches, not the preposition.
            return RuleMatch.Words(inches.End - index, spoken + " " + inches.Words);
        }

        return RuleMatch.Words(end - index, spoken);
    }

    /// <summary>"6 in" right after a measurement in feet (a period after it stays punctuation).</summary>
    private static (int End, string Words)? Inches(TokenStream s, int after)
    {
        var start = s.SkipSpace(after);
        if (start == after || NumberSpan.Parse(s, start) is not { Negative: false } number)
        {
            return null;
        }

        var unit = s.SkipSpace(start + number.Count);
        if (unit == start + number.Count || s.Text(unit) != "in" || !s.EndsWord(unit))
        {
            return null;
        }

        return (unit + 1, number.Words() + (number.IsOne ? " inch" : " inches"));
    }

    /// <summary>The unit symbol at <paramref name="start"/> ("kg", "km/h"): its token count and names.</summary>
    internal static (int Count, string One, string Many)? UnitAt(TokenStream s, int start) => Match(s, start, spaced: false);

    private static (int Count, string One, string Many)? Match(TokenStream s, int start, bool spaced)
    {
        for (var count = MaxUnitTokens; count >= 1; count--)
        {
            if (!s.Has(start + count - 1) || !s.EndsWord(start + count - 1))
            {
                continue;
            }

            var key = string.Concat(Enumerable.Range(start, count).Select(s.Text));
            if (Units.Table.TryGetValue(key, out var names) && !(spaced && key == "°"))
            {
                return (count, names.One, names.Many);
            }
        }

        return null;
    }
}
