using System.Globalization;
using System.Text;

namespace Narrator.Phonemes.Pronunciation;

/// <summary>
/// English IPA (General American or RP, as dictionaries and PLS lexicons write it) to ARPAbet with
/// stress digits, so that an IPA pronunciation works with a voice whose phonemizer speaks ARPAbet.
/// ˈ and ˌ give the next vowel stress 1 and 2, other vowels get 0 (ə and ɚ always 0); a
/// pronunciation without stress marks stresses its first full vowel. Length marks, syllable dots,
/// tie bars, aspiration and nasalization are dropped; a symbol with no English equivalent makes the
/// whole pronunciation unusable, with the reason.
/// </summary>
public static class IpaToArpabet
{
    // Longest first: two-symbol diphthongs and affricates before their parts.
    private static readonly (string Ipa, string Arpabet)[] Sounds =
    [
        ("aɪ", "AY"), ("aʊ", "AW"), ("eɪ", "EY"), ("oʊ", "OW"), ("əʊ", "OW"), ("ɔɪ", "OY"), ("ɑɪ", "AY"), ("ɑʊ", "AW"),
        ("tʃ", "CH"), ("dʒ", "JH"), ("ɜɹ", "ER"), ("ɝ", "ER"), ("ɚ", "ER"), ("ɜ", "ER"),
        ("i", "IY"), ("ɪ", "IH"), ("ᵻ", "IH"), ("ɨ", "IH"), ("e", "EY"), ("ɛ", "EH"), ("æ", "AE"), ("a", "AA"), ("ɑ", "AA"),
        ("ɒ", "AA"), ("ɔ", "AO"), ("o", "OW"), ("ʊ", "UH"), ("u", "UW"), ("ʌ", "AH"), ("ə", "AH"), ("ɐ", "AH"),
        ("p", "P"), ("b", "B"), ("t", "T"), ("d", "D"), ("k", "K"), ("g", "G"), ("ɡ", "G"), ("f", "F"), ("v", "V"),
        ("θ", "TH"), ("ð", "DH"), ("s", "S"), ("z", "Z"), ("ʃ", "SH"), ("ʒ", "ZH"), ("h", "HH"), ("m", "M"), ("n", "N"),
        ("ŋ", "NG"), ("l", "L"), ("ɫ", "L"), ("ɹ", "R"), ("r", "R"), ("ɾ", "T"), ("j", "Y"), ("w", "W"), ("ʍ", "W"),
    ];

    // Dropped: length, half-length, syllable break, linking, glottal stop, and (after NFD) combining marks.
    private static readonly HashSet<string> Ignored = ["ː", "ˑ", ".", "‿", "ʔ", "ʰ", "ʲ", "ʷ", "-", "/", "[", "]"];

    /// <summary>The ARPAbet phones, or null with <paramref name="problem"/> saying which symbol has no equivalent.</summary>
    public static string[]? Convert(string ipa, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(ipa);
        var text = Clean(ipa);
        var phones = new List<string>();
        var stresses = new List<int>();
        var pending = 0;
        var marked = false;
        for (var at = 0; at < text.Length;)
        {
            var symbol = char.ConvertFromUtf32(char.ConvertToUtf32(text, at));
            if (symbol is "ˈ" or "'" or "ˌ")
            {
                pending = symbol == "ˌ" ? 2 : 1;
                marked = true;
                at += symbol.Length;
                continue;
            }

            if (Ignored.Contains(symbol) || char.IsWhiteSpace(symbol, 0))
            {
                at += symbol.Length;
                continue;
            }

            var match = Sounds.FirstOrDefault(s => string.CompareOrdinal(text, at, s.Ipa, 0, s.Ipa.Length) == 0);
            if (match.Ipa is null)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"'{symbol}' (U+{char.ConvertToUtf32(symbol, 0):X4}) has no ARPAbet equivalent");
                return null;
            }

            at += match.Ipa.Length;
            if (at < text.Length && text[at] == '\u0329' && match.Arpabet is "L" or "N" or "M")
            {
                // A syllabic consonant (n̩, l̩) is a reduced vowel and the consonant, as CMUdict writes it.
                phones.Add("AH");
                stresses.Add(0);
                at++;
            }

            phones.Add(match.Arpabet);
            stresses.Add(Arpabet.IsVowel(match.Arpabet) ? (match.Ipa is "ə" or "ɚ" or "ɐ" ? 0 : pending) : -1);
            if (Arpabet.IsVowel(match.Arpabet))
            {
                pending = 0;
            }
        }

        if (phones.Count == 0)
        {
            problem = "it has no sounds";
            return null;
        }

        if (!marked)
        {
            var first = Enumerable.Range(0, phones.Count).FirstOrDefault(i => stresses[i] == 0 && phones[i] != "AH", -1);
            first = first >= 0 ? first : stresses.FindIndex(s => s >= 0);
            if (first >= 0)
            {
                stresses[first] = 1;
            }
        }

        problem = null;
        return phones.Select((p, i) => stresses[i] >= 0 ? p + stresses[i].ToString(CultureInfo.InvariantCulture) : p).ToArray();
    }

    // Decomposed (so accents, nasal tildes and tie bars are separate marks), without combining marks other than the syllabic one.
    private static string Clean(string ipa)
    {
        var builder = new StringBuilder();
        foreach (var symbol in IpaSymbols.Split(ipa))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(symbol, 0);
            if (symbol == "\u0329" || category != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(symbol);
            }
        }

        return builder.ToString();
    }
}
