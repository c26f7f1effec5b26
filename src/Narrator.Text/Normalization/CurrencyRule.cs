namespace Narrator.Text.Normalization;

/// <summary>
/// Money: "$3.50" (three dollars fifty cents), "£1" (one pound), "€20", "$0.99" (ninety-nine cents),
/// "$5 million" / "$5m" (five million dollars), "$1.2 billion", "50p" (fifty pence), "99¢".
/// </summary>
internal sealed class CurrencyRule : INormalizationRule
{
    private sealed record Currency(string One, string Many, string SubOne, string SubMany);

    private static readonly Dictionary<string, Currency> Symbols = new()
    {
        ["$"] = new("dollar", "dollars", "cent", "cents"),
        ["£"] = new("pound", "pounds", "penny", "pence"),
        ["€"] = new("euro", "euros", "cent", "cents"),
        ["¥"] = new("yen", "yen", "sen", "sen"),
        ["₹"] = new("rupee", "rupees", "paisa", "paise"),
    };

    private static readonly Dictionary<string, string> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = "thousand", ["k"] = "thousand", ["million"] = "million", ["m"] = "million", ["mn"] = "million",
        ["billion"] = "billion", ["bn"] = "billion", ["b"] = "billion", ["trillion"] = "trillion", ["tn"] = "trillion",
    };

    public RuleMatch? TryRead(TokenStream s, int index) => Symbolic(s, index) ?? Suffixed(s, index);

    private static RuleMatch? Symbolic(TokenStream s, int index)
    {
        var negative = (s.IsChar(index, '-') || s.IsChar(index, '\u2212')) && !s.GluedToPrevious(index);
        var at = negative ? index + 1 : index;
        if (!s.Is(at, TokenKind.Symbol) || !Symbols.TryGetValue(s.Text(at), out var currency))
        {
            return null;
        }

        var number = NumberSpan.Parse(s, at + 1);
        if (number is null || number.Negative)
        {
            return null;
        }

        var end = at + 1 + number.Count;
        var sign = negative ? "minus " : string.Empty;
        var scale = Scale(s, end);
        if (scale is not null)
        {
            return RuleMatch.Words(scale.Value.Next - index, $"{sign}{number.Words()} {scale.Value.Word} {currency.Many}");
        }

        return RuleMatch.Words(end - index, sign + Amount(number, currency));
    }

    /// <summary>"50p", "99¢": the unit after the number.</summary>
    private static RuleMatch? Suffixed(TokenStream s, int index)
    {
        var number = NumberSpan.Parse(s, index);
        if (number is null || !number.IsInteger || !s.Has(index + number.Count))
        {
            return null;
        }

        var next = index + number.Count;
        var unit = s.Text(next);
        if ((unit == "p" && s.EndsWord(next)) || unit == "¢")
        {
            var one = number.IsOne;
            var name = unit == "p" ? (one ? "penny" : "pence") : (one ? "cent" : "cents");
            return RuleMatch.Words(next + 1 - index, number.Words() + " " + name);
        }

        return null;
    }

    private static (int Next, string Word)? Scale(TokenStream s, int end)
    {
        var i = s.IsChar(end, ' ') || s.Is(end, TokenKind.Space) ? end + 1 : end;
        if (s.Is(i, TokenKind.Word) && Scales.TryGetValue(s.Text(i), out var word) && s.EndsWord(i)
            && (i == end || s.Text(i).Length > 2))
        {
            return (i + 1, word);
        }

        return null;
    }

    private static string Amount(NumberSpan number, Currency currency)
    {
        if (number.Fraction is { Length: 2 } cents)
        {
            var whole = number.Integer.TrimStart('0');
            var centValue = int.Parse(cents, System.Globalization.CultureInfo.InvariantCulture);
            var centWords = NumberWords.Cardinal(centValue) + " " + (centValue == 1 ? currency.SubOne : currency.SubMany);
            if (whole.Length == 0)
            {
                return centWords;
            }

            var main = NumberWords.Cardinal(whole) + " " + (whole == "1" ? currency.One : currency.Many);
            return centValue == 0 ? main : main + " " + centWords;
        }

        return number.Words() + " " + (number.IsOne ? currency.One : currency.Many);
    }
}
