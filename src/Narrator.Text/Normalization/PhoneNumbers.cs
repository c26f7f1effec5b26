using Narrator.Core;

namespace Narrator.Text.Normalization;

/// <summary>
/// Phone numbers, read digit by digit ("zero", as other digit strings are), each group followed by
/// a short pause: "+44 20 7946 0958", "(555) 123-4567", "555.123.4567", "555 123 4567",
/// "1-800-555-0123" (a North American area code in hundreds, such as 800, reads "eight hundred"),
/// "555-1234", groups that start with a trunk zero ("020 7946 0018", "07700 900123"), codes of
/// three or more dashed groups ("978-0-14-044913-6"), and a number dialled ("dial 911", "call 999 now").
/// </summary>
internal static class PhoneNumbers
{
    private const int MinTrunkDigits = 9;
    private const int MaxTrunkDigits = 12;
    private const int ServiceNumberDigits = 3;

    private static readonly HashSet<string> DialVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "dial", "dials", "dialed", "dialled", "dialing", "dialling", "redial", "redialed", "redialled",
    };

    private static readonly HashSet<string> CallVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "ring", "rings", "rang", "ringing", "phone", "phones", "phoned", "phoning",
    };

    // "call 911 and wait": a word of this kind may follow a number called; any other word makes it a count ("call 300 witnesses").
    private static readonly HashSet<string> AfterNumberCalled = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "if", "when", "then", "now", "at", "on", "in", "for", "from", "to", "with", "before", "after",
        "as", "so", "again", "immediately", "straight", "right", "instead", "first", "quickly", "until", "unless", "while",
    };

    public static RuleMatch? TryRead(TokenStream s, int index, NumberSpan number)
    {
        if (s.IsChar(index - 1, '+'))
        {
            return International(s, index);
        }

        return Written(s, index) ?? Dialled(s, index, number);
    }

    /// <summary>"+44 20 7946 0958", "+1 555 123 4567": the country code and the groups after it.</summary>
    private static RuleMatch? International(TokenStream s, int index)
    {
        var groups = new List<string>();
        var i = index;
        while (s.Is(i, TokenKind.Number) && s.Text(i).Length <= 4)
        {
            groups.Add(s.Text(i));
            i = Separated(s, i, byDash: true, bySpace: true) ? i + 2 : i + 1;
        }

        var count = s.Is(i - 1, TokenKind.Number) ? i - index : i - 1 - index;
        return groups.Count > 1 ? Read(groups, count, IsNorthAmerican(groups)) : null;
    }

    /// <summary>Groups joined by dashes, dots or spaces, or after a bracketed area code.</summary>
    private static RuleMatch? Written(TokenStream s, int index)
    {
        var groups = new List<string>();
        var i = index;
        var bracketed = s.IsChar(i - 1, '(') && s.IsChar(i + 1, ')') && s.Is(i + 2, TokenKind.Space) && s.Is(i + 3, TokenKind.Number)
            && (Length(s, i) == 3 || TrunkGroup(s, i));

        // Spaces join groups only after a trunk zero, a bracketed area code or a three-digit first group ("555 123 4567").
        var bySpace = bracketed || TrunkGroup(s, index) || (Length(s, index) == 3 && s.Is(index + 1, TokenKind.Space));
        if (bracketed)
        {
            groups.Add(s.Text(i));
            i += 3;
        }

        if (!s.Is(i, TokenKind.Number))
        {
            return null;
        }

        groups.Add(s.Text(i));
        while ((Separated(s, i, byDash: true, bySpace) && s.Text(i + 2).Length >= (s.IsChar(i + 1, '-') ? 1 : 3))
            || (s.IsChar(i + 1, '.') && s.Is(i + 2, TokenKind.Number) && groups[^1].Length == 3))
        {
            groups.Add(s.Text(i + 2));
            i += 2;
        }

        if (groups.Count < 2 || !s.EndsWord(i))
        {
            return null;
        }

        var lengths = groups.Select(g => g.Length).ToArray();
        var northAmerican = IsNorthAmerican(groups);
        var local = lengths.SequenceEqual([3, 4]) && s.IsChar(index + 1, '-');
        var trunk = groups[0].Length >= 2 && groups[0][0] == '0' && lengths.Sum() is >= MinTrunkDigits and <= MaxTrunkDigits;
        var dashedCode = groups.Count >= 3 && s.IsChar(index + 1, '-');
        return northAmerican || local || trunk || dashedCode ? Read(groups, i + 1 - index, northAmerican) : null;
    }

    /// <summary>"dial 911", "call 999 now": a bare number after a verb of dialling (three digits after "call", "ring", "phone").</summary>
    private static RuleMatch? Dialled(TokenStream s, int index, NumberSpan number)
    {
        var verb = s.Previous(index);
        if (number is not { Count: 1, Negative: false, Grouped: false, Fraction: null } || number.Integer.Length < 2
            || !s.Is(index - 1, TokenKind.Space) || !s.Is(verb, TokenKind.Word))
        {
            return null;
        }

        var after = s.SkipSpace(index + 1);
        var called = CallVerbs.Contains(s.Text(verb)) && number.Integer.Length == ServiceNumberDigits
            && (!s.Is(after, TokenKind.Word) || AfterNumberCalled.Contains(s.Text(after)));
        return DialVerbs.Contains(s.Text(verb)) || called ? Read([number.Integer], 1, northAmerican: false) : null;
    }

    /// <summary>Groups of a North American number: an optional "1", area code, exchange, line.</summary>
    public static bool IsNorthAmerican(IReadOnlyList<string> groups)
    {
        var lengths = groups.Select(g => g.Length).ToArray();
        return lengths.SequenceEqual([3, 3, 4]) || (lengths.SequenceEqual([1, 3, 3, 4]) && groups[0] == "1");
    }

    private static RuleMatch Read(List<string> groups, int count, bool northAmerican)
    {
        var pieces = new List<SpokenPiece>();
        var areaCode = northAmerican ? groups.Count - 3 : -1;
        for (var g = 0; g < groups.Count; g++)
        {
            // Toll-free and service area codes are said in hundreds: "one eight hundred".
            var hundreds = g == areaCode && groups[g][0] != '0' && groups[g].EndsWith("00", StringComparison.Ordinal);
            pieces.Add(new SpokenPiece(hundreds ? NumberWords.Cardinal(groups[g]) : NumberWords.Digits(groups[g]), SpokenTokenKind.Word));
            pieces.Add(new SpokenPiece(",", SpokenTokenKind.Punctuation));
        }

        pieces.RemoveAt(pieces.Count - 1);
        return new RuleMatch(count, pieces);
    }

    /// <summary>A group that starts with a trunk zero ("020", "07700"), as British and European numbers do.</summary>
    private static bool TrunkGroup(TokenStream s, int index) => Length(s, index) is >= 2 and <= 5 && s.Text(index)[0] == '0';

    /// <summary>The number at <paramref name="index"/> is followed by a dash, or by spaces on the same line, and another number.</summary>
    private static bool Separated(TokenStream s, int index, bool byDash, bool bySpace) =>
        s.Is(index + 2, TokenKind.Number) && ((byDash && s.IsChar(index + 1, '-'))
            || (bySpace && s.Is(index + 1, TokenKind.Space) && !s.Text(index + 1).Contains('\n', StringComparison.Ordinal)));

    private static int Length(TokenStream s, int index) => s.Is(index, TokenKind.Number) ? s.Text(index).Length : 0;
}
