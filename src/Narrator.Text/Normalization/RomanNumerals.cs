namespace Narrator.Text.Normalization;

/// <summary>Parses canonical upper-case Roman numerals ("XIV" = 14); rejects non-canonical spellings ("IIII", "VX").</summary>
internal static class RomanNumerals
{
    private static readonly (int Value, string Symbol)[] Parts =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    public static int Parse(string text)
    {
        if (text.Length == 0 || text.Length > 15 || text.Any(c => "IVXLCDM".IndexOf(c, StringComparison.Ordinal) < 0))
        {
            return 0;
        }

        var value = 0;
        var rest = text.AsSpan();
        foreach (var (partValue, symbol) in Parts)
        {
            var repeats = 0;
            while (rest.StartsWith(symbol, StringComparison.Ordinal) && repeats < (symbol.Length == 1 && partValue is 1 or 10 or 100 or 1000 ? 3 : 1))
            {
                value += partValue;
                rest = rest[symbol.Length..];
                repeats++;
            }
        }

        return rest.Length == 0 && value < 4000 ? value : 0;
    }
}
