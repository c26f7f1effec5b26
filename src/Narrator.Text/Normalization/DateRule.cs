using System.Globalization;

namespace Narrator.Text.Normalization;

/// <summary>
/// Dates: "July 4, 1776", "4 July 1776", "Jan. 5", "March 1908", "1776-07-04", "7/4/1776".
/// The day is read as an ordinal after the month: "July fourth, seventeen seventy-six".
/// </summary>
internal sealed class DateRule : INormalizationRule
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];

    public RuleMatch? TryRead(TokenStream s, int index) =>
        MonthFirst(s, index) ?? DayFirst(s, index) ?? Iso(s, index) ?? Slashed(s, index);

    /// <summary>The English name of month 1..12.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>Month number 1..12 of a capitalized month name or abbreviation ("Sept"), or 0.</summary>
    public static int Month(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]))
        {
            return 0;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m];
            if (word == name || ((word.Length == 3 || word == "Sept") && name.StartsWith(word, StringComparison.Ordinal)))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private static RuleMatch? MonthFirst(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Word) || Month(s.Text(index)) is var month && month == 0)
        {
            return null;
        }

        var abbreviated = s.Text(index) != MonthNames[month - 1];
        var i = index + 1;
        if (abbreviated && s.IsChar(i, '.'))
        {
            i++;
        }

        if (!s.Is(i, TokenKind.Space) || !s.Is(i + 1, TokenKind.Number))
        {
            return null;
        }

        var name = MonthNames[month - 1];
        var (day, next) = Day(s, i + 1);
        if (day > 0)
        {
            var words = name + " " + NumberWords.Ordinal(day);
            var year = YearAfter(s, next, allowComma: true);
            return year.Count > 0 ? RuleMatch.Words(year.Count + next - index, words + " " + year.Words)
                : RuleMatch.Words(next - index, words);
        }

        var alone = YearAfter(s, i, allowComma: false);
        return alone.Count > 0 && !abbreviated ? RuleMatch.Words(i + alone.Count - index, name + " " + alone.Words) : null;
    }

    private static RuleMatch? DayFirst(TokenStream s, int index)
    {
        var (day, next) = Day(s, index);
        if (day == 0 || !s.Is(next, TokenKind.Space) || Month(s.Text(next + 1)) is var month && month == 0)
        {
            return null;
        }

        var end = next + 2;
        if (s.Text(next + 1) != MonthNames[month - 1] && s.IsChar(end, '.'))
        {
            end++;
        }

        // Read in the order written: "4 July" is "the fourth of July".
        var words = "the " + NumberWords.Ordinal(day) + " of " + MonthNames[month - 1];
        var year = YearAfter(s, end, allowComma: true);
        return RuleMatch.Words(end + year.Count - index, year.Count > 0 ? words + " " + year.Words : words);
    }

    private static RuleMatch? Iso(TokenStream s, int index)
    {
        if (!IsDigits(s, index, 4) || !s.IsChar(index + 1, '-') || !IsDigits(s, index + 2, 2) || !s.IsChar(index + 3, '-')
            || !IsDigits(s, index + 4, 2) || !s.EndsWord(index + 4))
        {
            return null;
        }

        return Read(int.Parse(s.Text(index), CultureInfo.InvariantCulture), int.Parse(s.Text(index + 2), CultureInfo.InvariantCulture), int.Parse(s.Text(index + 4), CultureInfo.InvariantCulture), 5);
    }

    private static RuleMatch? Slashed(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Number) || s.Text(index).Length > 2 || !s.IsChar(index + 1, '/') || !s.Is(index + 2, TokenKind.Number)
            || s.Text(index + 2).Length > 2 || !s.IsChar(index + 3, '/') || !IsDigits(s, index + 4, 4) || !s.EndsWord(index + 4))
        {
            return null;
        }

        int first = int.Parse(s.Text(index), CultureInfo.InvariantCulture), second = int.Parse(s.Text(index + 2), CultureInfo.InvariantCulture);
        var year = int.Parse(s.Text(index + 4), CultureInfo.InvariantCulture);
        return first > 12 ? Read(year, second, first, 5) : Read(year, first, second, 5);
    }

    private static RuleMatch? Read(int year, int month, int day, int count) =>
        month is < 1 or > 12 || day is < 1 or > 31 ? null
            : RuleMatch.Words(count, MonthNames[month - 1] + " " + NumberWords.Ordinal(day) + " " + NumberWords.Year(year));

    /// <summary>A day of month 1..31 with an optional ordinal suffix; returns (day, index after it) or (0, index).</summary>
    private static (int Day, int Next) Day(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Number) || s.Text(index).Length > 2 || int.Parse(s.Text(index), CultureInfo.InvariantCulture) is var day && day is < 1 or > 31)
        {
            return (0, index);
        }

        var next = index + 1;
        if (s.Is(next, TokenKind.Word) && s.Text(next).ToLowerInvariant() is "st" or "nd" or "rd" or "th")
        {
            next++;
        }

        return s.EndsWord(next - 1) && !s.IsChar(next, ':') && !s.IsChar(next, '/') ? (day, next) : (0, index);
    }

    /// <summary>", 1776" or " 1776" after a date; Count is 0 when no year follows.</summary>
    private static (int Count, string Words) YearAfter(TokenStream s, int index, bool allowComma)
    {
        var i = allowComma && s.IsChar(index, ',') ? index + 1 : index;
        if (!s.Is(i, TokenKind.Space) || !IsDigits(s, i + 1, 4) || !s.EndsWord(i + 1) || (s.IsChar(i + 2, ',') && s.Is(i + 3, TokenKind.Number)))
        {
            return (0, string.Empty);
        }

        return (i + 2 - index, NumberWords.Year(int.Parse(s.Text(i + 1), CultureInfo.InvariantCulture)));
    }

    private static bool IsDigits(TokenStream s, int index, int length) => s.Is(index, TokenKind.Number) && s.Text(index).Length == length;
}
