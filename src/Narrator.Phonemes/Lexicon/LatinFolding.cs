using System.Text;
using Narrator.Core.Unicode;

namespace Narrator.Phonemes;

/// <summary>
/// Folds a lower-case word towards plain a–z: diacritics are stripped (NFD, marks removed),
/// a few Latin letters are expanded (æ → ae, ß → ss), and Cyrillic and Greek letters are
/// transliterated. Letters of other scripts are left as they are.
/// </summary>
internal static class LatinFolding
{
    private static readonly Dictionary<char, string> Special = new()
    {
        ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ß'] = "ss", ['đ'] = "d", ['ð'] = "th", ['þ'] = "th",
        ['ł'] = "l", ['ı'] = "i", ['ŋ'] = "ng", ['ħ'] = "h",
    };

    private const string CyrillicLetters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ";

    private static readonly string[] CyrillicLatin =
    [
        "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "yi", "g",
    ];

    private const string GreekLetters = "αβγδεζηθικλμνξοπρσςτυφχψω";

    private static readonly string[] GreekLatin =
    [
        "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
        "t", "i", "f", "kh", "ps", "o",
    ];

    public static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in CanonicalDecomposition.StripMarks(word))
        {
            int k;
            if (Special.TryGetValue(c, out var expanded))
            {
                builder.Append(expanded);
            }
            else if ((k = CyrillicLetters.IndexOf(c, StringComparison.Ordinal)) >= 0)
            {
                builder.Append(CyrillicLatin[k]);
            }
            else if ((k = GreekLetters.IndexOf(c, StringComparison.Ordinal)) >= 0)
            {
                builder.Append(GreekLatin[k]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
