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
        return RuleMatch.Words(unitStart + count - index, words + " " + (plural ? many : one));
    }

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
