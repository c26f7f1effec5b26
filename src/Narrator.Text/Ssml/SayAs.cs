using System.Globalization;
using System.Text.RegularExpressions;
using Narrator.Text.Normalization;

namespace Narrator.Text.Ssml;

/// <summary>
/// <c>say-as</c>: reads its text out in words as <c>interpret-as</c> asks, with the normalizer's
/// number words, so the normalizer that reads the result after has nothing left to guess.
/// </summary>
internal static partial class SayAs
{
    public static string Read(string text, string interpretAs, string? format, Action<string> warn)
    {
        var value = text.Trim();
        var words = interpretAs.Trim().ToLowerInvariant() switch
        {
            var spelling when IsSpelling(spelling) => Characters(value),
            "cardinal" or "number" => Cardinal(value),
            "ordinal" => Ordinal(value),
            "digits" => NumberWords.Digits(value),
            "date" => Date(value, format),
            "time" => Time(value),
            "telephone" => Telephone(value),
            _ => null,
        };
        if (words is null)
        {
            warn($"<say-as interpret-as=\"{interpretAs}\"{(format is null ? string.Empty : $" format=\"{format}\"")}> cannot read \"{value}\": it is read as ordinary text.");
        }

        return " " + (words ?? value) + " ";
    }

    public static bool IsSpelling(string interpretAs) => interpretAs.Trim().ToLowerInvariant() is "characters" or "spell-out" or "letters";

    /// <summary>Letters as capitals one by one (the phonemizer says a lone capital by its name), digits by name.</summary>
    private static string Characters(string value) => string.Join(' ', value.Where(char.IsLetterOrDigit)
        .Select(c => char.IsAsciiDigit(c) ? NumberWords.Digits(c.ToString()) : char.ToUpperInvariant(c).ToString()));

    private static string? Cardinal(string value)
    {
        var plain = value.Replace(",", string.Empty, StringComparison.Ordinal);
        var negative = plain.StartsWith('-');
        var digits = negative ? plain[1..] : plain;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? (negative ? "minus " : string.Empty) + NumberWords.Cardinal(digits) : null;
    }

    private static string? Ordinal(string value)
    {
        var digits = OrdinalSuffix().Replace(value.Replace(",", string.Empty, StringComparison.Ordinal), string.Empty);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? NumberWords.Ordinal(n) : null;
    }

    /// <summary>A date in the order <paramref name="format"/> gives (mdy, dmy, ymd, md, dm, ym, my, d, m, y; mdy when absent).</summary>
    private static string? Date(string value, string? format)
    {
        var parts = Numbers().Matches(value).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var order = (format ?? "mdy").Trim().ToLowerInvariant();
        if (order.Length != parts.Count || order.Any(c => c is not ('d' or 'm' or 'y')))
        {
            return null;
        }

        int? Part(char c) => order.IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? parts[i] : null;
        var (day, month, year) = (Part('d'), Part('m'), Part('y'));
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        var words = new List<string>();
        if (month is { } m)
        {
            words.Add(DateRule.MonthName(m));
        }

        if (day is { } d)
        {
            words.Add(month is null ? "the " + NumberWords.Ordinal(d) : NumberWords.Ordinal(d));
        }

        if (year is { } y)
        {
            words.Add(NumberWords.Year(y));
        }

        return string.Join(' ', words);
    }

    /// <summary>"14:30", "3:05", "9:00"; the normalizer reads any am or pm that follows.</summary>
    private static string? Time(string value)
    {
        var match = Clock().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var rest = value[match.Length..].Trim();
        var meridiem = rest.Length > 0 ? " " + rest : string.Empty;
        return hour > 23 || minute > 59 ? null : NumberWords.Cardinal(hour) + TimeRule.MinuteWords(hour, minute, meridiem.Length > 0) + meridiem;
    }

    /// <summary>Digit by digit, each group of the number its own phrase: "555-0123" → "five five five, zero one two three".</summary>
    private static string? Telephone(string value)
    {
        var groups = Numbers().Matches(value).Select(m => NumberWords.Digits(m.Value)).ToList();
        return groups.Count == 0 ? null : (value.TrimStart().StartsWith('+') ? "plus " : string.Empty) + string.Join(", ", groups);
    }

    [GeneratedRegex("(?<=[0-9])(st|nd|rd|th)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    [GeneratedRegex("^([0-9]{1,2}):([0-9]{2})(?::[0-9]{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
