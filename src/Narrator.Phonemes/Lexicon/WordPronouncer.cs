namespace Narrator.Phonemes;

/// <summary>
/// Pronounces one word token as one or more spoken words (ARPAbet phones each). Order of attempts:
/// user entries and dictionary (exact, lower case); hyphen parts; folded spelling (diacritics,
/// Cyrillic, Greek); digit/letter runs (digits read one by one); outer apostrophes; possessive
/// 's and s'; inner apostrophes removed; known suffixes on a dictionary or rule-derived stem;
/// letter-to-sound rules; and, for letter strings the rules cannot make pronounceable, the
/// letter names. Letters of other scripts become <see cref="LexiconPhonemizer.ForeignWordPlaceholder"/>.
/// </summary>
internal sealed class WordPronouncer(PronunciationDictionary dictionary, IReadOnlyDictionary<string, string[]> user)
{
    private static readonly string[] DigitNames =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public List<string[]> Pronounce(string token)
    {
        var word = token.ToLowerInvariant().Replace('’', '\'').Replace('ʼ', '\'').Replace('‐', '-');
        if (Lookup(word) is { } known) { return [known]; }

        if (word.Contains('-', StringComparison.Ordinal))
        {
            return word.Split('-', StringSplitOptions.RemoveEmptyEntries).SelectMany(Pronounce).ToList();
        }

        var folded = LatinFolding.Fold(word);
        if (folded != word) { return Pronounce(folded); }

        if (word.Any(char.IsDigit))
        {
            return SplitRuns(word).SelectMany(run => char.IsDigit(run[0])
                ? run.Select(d => Lookup(DigitNames[d - '0']) ?? Spelling.Spell(d.ToString())).ToList()
                : Pronounce(run)).ToList();
        }

        var trimmed = word.Trim('\'');
        if (trimmed.Length == 0) { return []; }
        if (trimmed != word) { return Pronounce(trimmed); }

        if (!word.All(c => c is >= 'a' and <= 'z' or '\''))
        {
            return LexiconPhonemizer.ForeignWordPlaceholder.Split(' ').Select(Single).ToList();
        }

        return [Unknown(word)];
    }

    public string[]? Lookup(string word) =>
        user.TryGetValue(word, out var mine) ? mine : dictionary.TryGet(word, out var phones) ? phones : null;

    private string[] Unknown(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2)
        {
            return Suffixes.AddS(Single(word[..^2]));
        }

        if (word.EndsWith("s'", StringComparison.Ordinal))
        {
            return Single(word[..^1]);
        }

        if (word.Contains('\'', StringComparison.Ordinal))
        {
            return Single(word.Replace("'", "", StringComparison.Ordinal));
        }

        return Suffixes.TryDecompose(word, Lookup) ?? Spelling.SpellIfUnpronounceable(word, LetterToSound.Convert(word));
    }

    private string[] Single(string word) => Lookup(word) ?? Unknown(word);

    private static IEnumerable<string> SplitRuns(string word)
    {
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || char.IsDigit(word[i]) != char.IsDigit(word[start]) || char.IsDigit(word[i]))
            {
                yield return word[start..i];
                start = i;
            }
        }
    }
}
