namespace Narrator.Text.Normalization;

/// <summary>
/// Roman numerals: after a ruler's name as an ordinal ("Henry VIII" → Henry the Eighth), after
/// "Chapter", "Part", "Book", "World War"… as a cardinal ("Chapter XIV" → Chapter fourteen), and bare
/// in headings ("XIV" → fourteen). "I" is a numeral after such a section word, and after a ruler's name
/// unless a verb of the pronoun follows ("Charles I was…" but "Henry I think…").
/// </summary>
internal sealed class RomanNumeralRule : INormalizationRule
{
    private static readonly HashSet<string> SectionWords = new(StringComparer.Ordinal)
    {
        "Chapter", "Part", "Book", "Volume", "Vol", "Act", "Scene", "Section", "Article", "Appendix", "Canto",
        "Psalm", "Phase", "Stage", "Level", "Round", "Episode", "Season", "Title", "Type", "Class", "War", "Year",
        "CHAPTER", "PART", "BOOK", "VOLUME", "ACT",
    };

    /// <summary>Names that rulers and popes numbered "I" bore; after them "I" is "the first".</summary>
    private static readonly HashSet<string> Rulers = new(StringComparer.Ordinal)
    {
        "Charles", "Henry", "Edward", "George", "William", "James", "Elizabeth", "Mary", "Richard", "John", "Louis",
        "Napoleon", "Peter", "Catherine", "Frederick", "Alexander", "Nicholas", "Philip", "Ferdinand", "Francis",
        "Leopold", "Otto", "Wilhelm", "Pius", "Leo", "Gregory", "Clement", "Benedict", "Paul", "Urban", "Alfonso",
        "Pedro", "Juan", "Carlos", "Isabella", "Ivan", "Selim", "Suleiman", "Darius", "Xerxes", "Constantine",
        "Robert", "David", "Malcolm", "Stephen", "Matilda", "Victor", "Umberto", "Haakon", "Olaf", "Gustav",
    };

    /// <summary>Words that follow the pronoun "I" rather than a ruler's numeral.</summary>
    private static readonly HashSet<string> PronounVerbs = new(StringComparer.Ordinal)
    {
        "am", "think", "know", "guess", "suppose", "believe", "said", "say", "feel", "felt", "hope", "mean", "want",
        "will", "would", "can", "could", "do", "did", "have", "had", "shall", "should", "must", "may", "might", "love",
        "like", "see", "saw", "told", "thought", "wish", "need", "heard", "went", "got", "don't", "didn't", "can't",
        "won't", "wouldn't", "couldn't", "promise", "swear", "agree", "remember", "forgot",
    };

    public RuleMatch? TryRead(TokenStream s, int index)
    {
        if (!s.Is(index, TokenKind.Word) || !s.EndsWord(index) || RomanNumerals.Parse(s.Text(index)) is var value && value == 0)
        {
            return null;
        }

        var text = s.Text(index);
        var previous = s.Previous(index);
        var afterSpace = previous == index - 2 || (previous == index - 1 && s.IsChar(previous, '.'));
        var previousWord = s.Is(previous, TokenKind.Word) ? s.Text(previous) : s.Is(previous - 1, TokenKind.Word) && s.IsChar(previous, '.') ? s.Text(previous - 1) : string.Empty;
        if (afterSpace && SectionWords.Contains(previousWord))
        {
            return RuleMatch.Words(1, NumberWords.Cardinal(value));
        }

        if (text == "I")
        {
            // "Charles I was beheaded" is a ruler; "Henry I think so" is a name and the pronoun.
            return previous == index - 2 && Rulers.Contains(previousWord) && !PronounVerbs.Contains(s.Text(s.SkipSpace(index + 1)).ToLowerInvariant())
                ? RuleMatch.Words(1, "the first")
                : s.Context == TextContext.Heading && IsAlone(s, index) ? RuleMatch.Words(1, "one") : null;
        }

        var regnal = text.All(c => c is 'I' or 'V' or 'X') && text != "X";
        if (regnal && previous == index - 2 && s.Is(previous, TokenKind.Word) && IsName(previousWord))
        {
            return RuleMatch.Words(1, "the " + NumberWords.Ordinal(value));
        }

        return s.Context == TextContext.Heading && IsAlone(s, index) ? RuleMatch.Words(1, NumberWords.Cardinal(value)) : null;
    }

    /// <summary>A capitalized word that is not itself all capitals ("Henry", not "THE").</summary>
    private static bool IsName(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    /// <summary>The numeral is the whole heading, or is followed only by "." or ":" before the title.</summary>
    private static bool IsAlone(TokenStream s, int index)
    {
        var previous = s.Previous(index);
        return previous < 0 && (!s.Has(s.SkipSpace(index + 1)) || s.IsChar(index + 1, '.') || s.IsChar(index + 1, ':'));
    }
}
