namespace Narrator.Phonemes;

/// <summary>
/// Rule-based grapheme-to-phoneme conversion for words the dictionary lacks (lower-case a–z only),
/// using <see cref="LetterToSoundRules"/>; then stress (primary on the first vowel), removal of
/// doubled consonants and voicing agreement of a final -s/-ed.
/// </summary>
internal static class LetterToSound
{
    private sealed record Rule(string Left, string Letters, string Right, string[] Phones);

    private static readonly Dictionary<char, Rule[]> RulesByLetter = LetterToSoundRules.Table
        .Select(Parse).GroupBy(r => r.Letters[0]).ToDictionary(g => g.Key, g => g.ToArray());

    public static string[] Convert(string word)
    {
        var raw = new List<string>();
        var i = 0;
        while (i < word.Length)
        {
            var rule = RulesByLetter[word[i]].First(r => Matches(r, word, i));
            raw.AddRange(rule.Phones);
            i += rule.Letters.Length;
        }

        var phones = new List<string>();
        foreach (var p in raw)
        {
            if (phones.Count > 0 && phones[^1] == p && !Arpabet.IsVowel(p))
            {
                continue;
            }

            phones.Add(p);
        }

        if (phones.Count >= 2 && Arpabet.IsVoiceless(phones[^2]))
        {
            phones[^1] = phones[^1] switch { "Z" => "S", "D" => "T", var p => p };
        }

        return Stress.ApplyDefault(phones);
    }

    private static bool Matches(Rule rule, string word, int at) =>
        string.CompareOrdinal(word, at, rule.Letters, 0, rule.Letters.Length) == 0
        && at + rule.Letters.Length <= word.Length
        && RuleContext.MatchRight(rule.Right, word, at + rule.Letters.Length)
        && RuleContext.MatchLeft(rule.Left, word, at - 1);

    private static Rule Parse(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var parts = text[..eq].Split('|');
        var phones = text[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new Rule(parts[0], parts[1], parts[2], phones);
    }
}
