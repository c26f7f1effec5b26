using System.Globalization;

namespace Narrator.Text.Normalization;

/// <summary>
/// Times of day: "3:45 pm" (three forty-five P M), "9am", "9 a.m.", "14:30" (fourteen thirty),
/// "3:05" (three oh five), "12:00" (twelve o'clock), "14:00" (fourteen hundred).
/// </summary>
internal sealed class TimeRule : INormalizationRule
{
    public RuleMatch? TryRead(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Number) || s.Text(index).Length > 2 || s.IsChar(index - 1, '.') || s.IsChar(index - 1, ':'))
        {
            return null;
        }

        var hour = int.Parse(s.Text(index), CultureInfo.InvariantCulture);
        var i = index + 1;
        int? minute = null;
        if (s.IsChar(i, ':') && s.Is(i + 1, TokenKind.Number) && s.Text(i + 1).Length == 2)
        {
            minute = int.Parse(s.Text(i + 1), CultureInfo.InvariantCulture);
            i += 2;
            if (hour > 23 || minute > 59)
            {
                return null;
            }

            if (s.IsChar(i, ':') && s.Is(i + 1, TokenKind.Number) && s.Text(i + 1).Length == 2)
            {
                i += 2; // seconds are rarely spoken in prose; the reading stops at minutes
            }
        }

        var meridiem = Meridiem(s, s.SkipSpace(i));
        if (meridiem is null && (minute is null || !s.EndsWord(i - 1)))
        {
            return null;
        }

        if (meridiem is not null && hour is < 1 or > 12)
        {
            return null;
        }

        var words = NumberWords.Cardinal(hour) + MinuteWords(hour, minute, meridiem is not null);
        if (meridiem is null)
        {
            return RuleMatch.Words(i - index, words);
        }

        var (count, letters, endsSentence) = meridiem.Value;
        var end = s.SkipSpace(i) + count;
        var pieces = new List<SpokenPiece> { new(words + " " + letters, SpokenTokenKind.Word) };
        if (endsSentence)
        {
            pieces.Add(new SpokenPiece(".", SpokenTokenKind.Punctuation, s[end - 1].Range));
        }

        return new RuleMatch(end - index, pieces);
    }

    internal static string MinuteWords(int hour, int? minute, bool hasMeridiem) => minute switch
    {
        null => string.Empty,
        0 when hasMeridiem => string.Empty,
        0 when hour > 12 || hour == 0 => " hundred",
        0 => " o'clock",
        < 10 => " oh " + NumberWords.Cardinal(minute.Value),
        _ => " " + NumberWords.Cardinal(minute.Value),
    };

    /// <summary>"am", "PM", "a.m.", "p.m." at <paramref name="i"/>: tokens used, letters to say, whether its dot also ends a sentence.</summary>
    private static (int Count, string Letters, bool EndsSentence)? Meridiem(TokenStream s, int i)
    {
        var word = s.Text(i).ToLowerInvariant();
        if (s.Is(i, TokenKind.Word) && word is "am" or "pm" && s.EndsWord(i))
        {
            return (1, word == "am" ? "A M" : "P M", false);
        }

        if (s.Is(i, TokenKind.Word) && word is "a" or "p" && s.IsChar(i + 1, '.') && s.IsWord(i + 2, "m"))
        {
            var letters = word == "a" ? "A M" : "P M";
            if (!s.IsChar(i + 3, '.'))
            {
                return (3, letters, false);
            }

            var after = s.SkipSpace(i + 4);
            return (4, letters, !s.Has(after) || s[after].IsCapitalized);
        }

        return null;
    }
}
