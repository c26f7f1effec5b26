namespace Narrator.Phonemes;

/// <summary>Productive English suffixes: an unknown word that is a dictionary word (or, for the
/// longer suffixes, any pronounceable stem) plus a suffix is pronounced as stem + suffix.</summary>
internal static class Suffixes
{
    private static readonly (string Letters, string[] Phones, bool AnyStem)[] Table =
    [
        ("ingly", ["IH0", "NG", "L", "IY0"], true), ("ingness", ["IH0", "NG", "N", "AH0", "S"], true),
        ("lessness", ["L", "AH0", "S", "N", "AH0", "S"], true), ("ness", ["N", "AH0", "S"], true),
        ("less", ["L", "AH0", "S"], true), ("fully", ["F", "AH0", "L", "IY0"], true), ("ful", ["F", "AH0", "L"], true),
        ("ment", ["M", "AH0", "N", "T"], true), ("ings", ["IH0", "NG", "Z"], true), ("ing", ["IH0", "NG"], true),
        ("ly", ["L", "IY0"], true), ("ish", ["IH0", "SH"], true), ("able", ["AH0", "B", "AH0", "L"], false),
        ("ers", ["ER0", "Z"], false), ("er", ["ER0"], false), ("est", ["AH0", "S", "T"], false),
        ("ed", [], false), ("es", [], false), ("s", [], false), ("y", ["IY0"], false),
    ];

    /// <summary>Stem + suffix, or null when no suffix applies.</summary>
    public static string[]? TryDecompose(string word, Func<string, string[]?> lookup)
    {
        foreach (var (letters, phones, anyStem) in Table)
        {
            if (!word.EndsWith(letters, StringComparison.Ordinal) || word.Length - letters.Length < 3)
            {
                continue;
            }

            var stem = word[..^letters.Length];
            var stemPhones = StemCandidates(stem).Select(lookup).FirstOrDefault(p => p is not null);
            if (stemPhones is null && anyStem && stem.Any(RuleContext.IsVowel) && stem[^1] != '\'')
            {
                stemPhones = LetterToSound.Convert(stem);
            }

            if (stemPhones is not null)
            {
                return letters switch
                {
                    "s" or "es" => AddS(stemPhones),
                    "ed" => AddEd(stemPhones),
                    _ => [.. stemPhones, .. phones],
                };
            }
        }

        return null;
    }

    /// <summary>Plural or possessive -s: IH0 Z after sibilants, S after voiceless sounds, else Z.</summary>
    public static string[] AddS(string[] stem) =>
        stem.Length == 0 ? ["Z"]
        : Arpabet.IsSibilant(stem[^1]) ? [.. stem, "IH0", "Z"]
        : Arpabet.IsVoiceless(stem[^1]) ? [.. stem, "S"]
        : [.. stem, "Z"];

    private static string[] AddEd(string[] stem) =>
        stem[^1] is "T" or "D" ? [.. stem, "IH0", "D"]
        : Arpabet.IsVoiceless(stem[^1]) ? [.. stem, "T"]
        : [.. stem, "D"];

    private static IEnumerable<string> StemCandidates(string stem)
    {
        yield return stem;
        yield return stem + "e";
        if (stem.Length >= 2 && stem[^1] == stem[^2])
        {
            yield return stem[..^1];
        }

        if (stem.EndsWith('i'))
        {
            yield return stem[..^1] + "y";
        }
    }
}
