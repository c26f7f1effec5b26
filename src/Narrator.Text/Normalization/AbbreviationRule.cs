namespace Narrator.Text.Normalization;

/// <summary>
/// Abbreviations: titles ("Mr.", "Dr." as doctor or drive, "St." as saint or street), "e.g.", "i.e.",
/// "etc.", "vs.", "Jr.", "No. 5", "approx.", dotted initialisms ("U.S." → U S) and initials ("J. R. R.").
/// </summary>
internal sealed class AbbreviationRule : INormalizationRule
{
    public RuleMatch? TryRead(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Word))
        {
            return null;
        }

        var word = s.Text(index);
        var dotted = s.IsChar(index + 1, '.');
        if (word is "Dr" or "St")
        {
            return Place(s, index, word, dotted);
        }

        if (dotted && Abbreviations.BeforeNumber.TryGetValue(word, out var numbered))
        {
            if (s.Is(index + 2, TokenKind.Space) && s.Is(index + 3, TokenKind.Number))
            {
                return RuleMatch.Words(2, numbered);
            }
        }

        if (word.Length == 1 && dotted)
        {
            return DottedRule.Read(s, index);
        }

        if (dotted && Abbreviations.Titles.TryGetValue(word, out var title))
        {
            return RuleMatch.Words(2, title);
        }

        if (dotted && Abbreviations.Trailing.TryGetValue(word, out var trailing))
        {
            return WithStop(s, index, 2, trailing);
        }

        return !dotted && s.EndsWord(index) && Abbreviations.Bare.TryGetValue(word, out var bare) ? RuleMatch.Words(1, bare) : null;
    }

    /// <summary>"Dr. Smith" / "Elm Dr."; "St. Paul" / "Baker St." / "5th St.".</summary>
    private static RuleMatch? Place(TokenStream s, int index, string word, bool dotted)
    {
        var previous = s.Previous(index);
        var afterName = s.Is(previous, TokenKind.Word) && s[previous].IsCapitalized && previous == index - 2;
        var afterNumber = s.Is(previous, TokenKind.Word) && s.Is(previous - 1, TokenKind.Number) && previous == index - 2;
        var count = dotted ? 2 : 1;
        var nextWord = s.SkipSpace(index + count);
        var beforeName = s.Is(index + count, TokenKind.Space) && s.Has(nextWord) && s[nextWord].IsCapitalized;
        if (word == "Dr")
        {
            return (afterName || afterNumber) && !beforeName ? WithStop(s, index, count, "drive") : RuleMatch.Words(count, "doctor");
        }

        return (afterName || afterNumber || !beforeName) ? WithStop(s, index, count, "street") : RuleMatch.Words(count, "saint");
    }

    /// <summary>The reading, plus a full stop when the abbreviation's period also ends the sentence.</summary>
    public static RuleMatch WithStop(TokenStream s, int index, int count, string words)
    {
        var after = s.SkipSpace(index + count);
        var endsSentence = s.IsChar(index + count - 1, '.') && (!s.Has(after) || (after > index + count && s[after].IsCapitalized));
        return endsSentence
            ? new RuleMatch(count, [new SpokenPiece(words, SpokenTokenKind.Word), new SpokenPiece(".", SpokenTokenKind.Punctuation, s[index + count - 1].Range)])
            : RuleMatch.Words(count, words);
    }
}
