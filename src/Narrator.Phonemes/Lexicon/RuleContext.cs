namespace Narrator.Phonemes;

/// <summary>Matches the left and right contexts of letter-to-sound rules (see
/// <see cref="LetterToSoundRules"/> for the symbols).</summary>
internal static class RuleContext
{
    private static readonly string[] Suffixes = ["ely", "ing", "es", "ed", "er", "e"];

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);

    private static bool IsVoiced(char c) => "bdvgjlmnrwz".Contains(c, StringComparison.Ordinal);

    /// <summary>Matches <paramref name="pattern"/> forwards starting at <paramref name="pos"/>.</summary>
    public static bool MatchRight(string pattern, string word, int pos)
    {
        foreach (var symbol in pattern)
        {
            char At(int k) => k < word.Length ? word[k] : ' ';
            switch (symbol)
            {
                case ' ' when pos >= word.Length: pos++; break;
                case '#' when IsVowel(At(pos)): while (IsVowel(At(pos))) { pos++; } break;
                case ':': while (IsConsonant(At(pos))) { pos++; } break;
                case '^' when IsConsonant(At(pos)): pos++; break;
                case '.' when IsVoiced(At(pos)): pos++; break;
                case '+' when At(pos) is 'e' or 'i' or 'y': pos++; break;
                case '%':
                    var rest = pos <= word.Length ? word[pos..] : "";
                    var suffix = Suffixes.FirstOrDefault(s => rest == s);
                    if (suffix is null) { return false; }
                    pos += suffix.Length;
                    break;
                default:
                    if (char.IsAsciiLetterLower(symbol) && At(pos) == symbol) { pos++; break; }
                    return false;
            }
        }

        return true;
    }

    /// <summary>Matches <paramref name="pattern"/> backwards, its last symbol at <paramref name="pos"/>.</summary>
    public static bool MatchLeft(string pattern, string word, int pos)
    {
        for (var s = pattern.Length - 1; s >= 0; s--)
        {
            char At(int k) => k >= 0 ? word[k] : ' ';
            switch (pattern[s])
            {
                case ' ' when pos < 0: pos--; break;
                case '#' when IsVowel(At(pos)): while (IsVowel(At(pos))) { pos--; } break;
                case ':': while (IsConsonant(At(pos))) { pos--; } break;
                case '^' when IsConsonant(At(pos)): pos--; break;
                case '.' when IsVoiced(At(pos)): pos--; break;
                case '+' when At(pos) is 'e' or 'i' or 'y': pos--; break;
                default:
                    if (char.IsAsciiLetterLower(pattern[s]) && At(pos) == pattern[s]) { pos--; break; }
                    return false;
            }
        }

        return true;
    }
}
