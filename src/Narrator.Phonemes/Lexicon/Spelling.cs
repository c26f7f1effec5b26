namespace Narrator.Phonemes;

/// <summary>Letter names, for words that cannot be read as words ("Zyxwv", "BBC", "rd").</summary>
internal static class Spelling
{
    private static readonly string[][] LetterNames =
    [
        ["EY1"], ["B", "IY1"], ["S", "IY1"], ["D", "IY1"], ["IY1"], ["EH1", "F"], ["JH", "IY1"],
        ["EY1", "CH"], ["AY1"], ["JH", "EY1"], ["K", "EY1"], ["EH1", "L"], ["EH1", "M"], ["EH1", "N"],
        ["OW1"], ["P", "IY1"], ["K", "Y", "UW1"], ["AA1", "R"], ["EH1", "S"], ["T", "IY1"], ["Y", "UW1"],
        ["V", "IY1"], ["D", "AH1", "B", "AH0", "L", "Y", "UW0"], ["EH1", "K", "S"], ["W", "AY1"], ["Z", "IY1"],
    ];

    public static string[] Spell(string letters) =>
        letters.Where(char.IsAsciiLetterLower).SelectMany(c => LetterNames[c - 'a']).ToArray();

    /// <summary>
    /// Whether <paramref name="phones"/> say <paramref name="word"/>'s letters by name: the same vowels in the
    /// same places, stress aside. A consonant may differ, since dictionary entries of initialisms are
    /// not always exact ("gps G IY1 P IY0 EH0 S" has a hard G); a word said as a word never lines up so.
    /// </summary>
    public static bool IsSpelledOut(string word, IReadOnlyList<string> phones)
    {
        var letters = Spell(word);
        return letters.Length == phones.Count && letters.Zip(phones).All(pair => Arpabet.IsVowel(pair.First)
            ? Arpabet.BaseOf(pair.First) == Arpabet.BaseOf(pair.Second)
            : !Arpabet.IsVowel(pair.Second));
    }

    /// <summary>The letter-to-sound phones, or the spelling when they contain no vowel or a consonant
    /// cluster no English word has (more than three at an edge, more than four inside).</summary>
    public static string[] SpellIfUnpronounceable(string word, string[] phones)
    {
        var vowelAt = phones.Select((p, i) => Arpabet.IsVowel(p) ? i : -1).Where(i => i >= 0).ToList();
        if (vowelAt.Count == 0 || (!word.Any(RuleContext.IsVowel) && word.Length > 3))
        {
            return Spell(word);
        }

        var initial = vowelAt[0];
        var final = phones.Length - 1 - vowelAt[^1];
        var medial = vowelAt.Zip(vowelAt.Skip(1), (a, b) => b - a - 1).DefaultIfEmpty(0).Max();
        return initial > 3 || final > 3 || medial > 4 ? Spell(word) : phones;
    }
}
