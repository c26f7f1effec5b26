namespace Narrator.Text.Normalization;

/// <summary>Single letters with periods: "e.g.", "i.e.", "U.S.A." (spelled), and initials ("J. R. R. Tolkien").</summary>
internal static class DottedRule
{
    public static RuleMatch? Read(TokenStream s, int index)
    {
        var i = index;
        var key = string.Empty;
        while (s.Is(i, TokenKind.Word) && s.Text(i).Length == 1 && s.IsChar(i + 1, '.'))
        {
            key += s.Text(i) + ".";
            i += 2;
        }

        var pairs = (i - index) / 2;
        if (Abbreviations.Dotted.TryGetValue(key, out var reading))
        {
            return RuleMatch.Words(i - index, reading);
        }

        if (pairs >= 2 && key.All(c => c == '.' || char.IsUpper(c)))
        {
            var letters = string.Join(' ', key.Where(char.IsLetter));
            return !s.Has(i) ? AbbreviationRule.WithStop(s, index, i - index, letters) : RuleMatch.Words(i - index, letters);
        }

        // An initial: "J. Smith". The period is not a full stop when a capitalized word follows.
        var next = index + 2;
        if (char.IsUpper(s.Text(index)[0]) && s.Is(next, TokenKind.Space) && s.Has(next + 1) && s[next + 1].IsCapitalized
            && s.Text(index) != "I")
        {
            return RuleMatch.Words(2, s.Text(index));
        }

        return null;
    }
}
