using System.Globalization;
using System.Text;
using Humanizer;

namespace Narrator.Text.Normalization;

/// <summary>English number words, built on Humanizer (invariant culture, which Humanizer reads as English).</summary>
internal static class NumberWords
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly string[] DigitNames =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public static string Cardinal(long value) => value.ToWords(English, addAnd: false);

    /// <summary>"third", "one hundred third" (Humanizer says "hundred third"; a leading "one" is added).</summary>
    public static string Ordinal(int value)
    {
        var words = value.ToOrdinalWords(English);
        return words.StartsWith("hundred", StringComparison.Ordinal) || words.StartsWith("thousand", StringComparison.Ordinal)
            || words.StartsWith("million", StringComparison.Ordinal) || words.StartsWith("billion", StringComparison.Ordinal)
            ? "one " + words : words;
    }

    /// <summary>Cardinal words for a digit string; digit by digit when it does not fit a long.</summary>
    public static string Cardinal(string digits) =>
        digits.Length <= 18 && long.TryParse(digits, NumberStyles.None, English, out var value) ? Cardinal(value) : Digits(digits);

    public static string Digits(string digits)
    {
        var builder = new StringBuilder();
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(DigitNames[c - '0']);
            }
        }

        return builder.ToString();
    }

    /// <summary>"nineteen eighty-four", "two thousand five", "nineteen hundred", "twenty ten", "nineteen oh five".</summary>
    public static string Year(int year)
    {
        if (year < 1000 || year > 9999 || (year >= 2000 && year < 2010))
        {
            return Cardinal(year);
        }

        var high = year / 100;
        var low = year % 100;
        var head = Cardinal(high);
        return low switch
        {
            0 => head + " hundred",
            < 10 => head + " oh " + Cardinal(low),
            _ => head + " " + Cardinal(low),
        };
    }

    /// <summary>"nineties" for "ninety", "hundreds" for "hundred", "sixes" for "six".</summary>
    public static string Plural(string words)
    {
        if (words.EndsWith('y'))
        {
            return words[..^1] + "ies";
        }

        return words.EndsWith('x') ? words + "es" : words + "s";
    }

    /// <summary>"one half", "three quarters", "five eighths".</summary>
    public static string Fraction(long numerator, int denominator)
    {
        var head = Cardinal(numerator);
        var one = numerator == 1;
        var tail = denominator switch
        {
            2 => one ? "half" : "halves",
            4 => one ? "quarter" : "quarters",
            _ => one ? Ordinal(denominator) : Plural(Ordinal(denominator)),
        };
        return head + " " + tail;
    }
}
