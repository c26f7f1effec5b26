namespace Narrator.Phonemes;

/// <summary>The ARPAbet phone set of CMUdict, the symbols the lexicon phonemizer emits.</summary>
internal static class Arpabet
{
    public const string WordBoundary = " ";

    public static readonly string[] Vowels =
        ["AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"];

    public static readonly string[] Consonants =
        ["B", "CH", "D", "DH", "F", "G", "HH", "JH", "K", "L", "M", "N", "NG", "P", "R", "S", "SH",
         "T", "TH", "V", "W", "Y", "Z", "ZH"];

    /// <summary>Clause punctuation kept as symbols, in inventory order.</summary>
    public static readonly string[] Punctuation = [",", ".", ";", ":", "!", "?"];

    private static readonly HashSet<string> VowelSet = new(Vowels, StringComparer.Ordinal);
    private static readonly HashSet<string> VoicelessSet =
        new(["P", "T", "K", "F", "TH", "S", "SH", "CH"], StringComparer.Ordinal);
    private static readonly HashSet<string> SibilantSet =
        new(["S", "Z", "SH", "ZH", "CH", "JH"], StringComparer.Ordinal);

    /// <summary>All symbols, ordered: phones alphabetically (vowels expanded to stress 0, 1, 2),
    /// then the word boundary, then punctuation. Append-only: model ids are derived from it.</summary>
    public static readonly IReadOnlyList<string> Inventory = BuildInventory();

    private static readonly HashSet<string> PhoneSet =
        new(Inventory.Take(Inventory.Count - Punctuation.Length - 1), StringComparer.Ordinal);

    public static bool IsPhone(string symbol) => PhoneSet.Contains(symbol);

    public static bool IsVowel(string phone) => VowelSet.Contains(BaseOf(phone));

    public static bool IsVoiceless(string phone) => VoicelessSet.Contains(phone);

    public static bool IsSibilant(string phone) => SibilantSet.Contains(phone);

    public static string BaseOf(string phone) =>
        phone.Length > 0 && char.IsAsciiDigit(phone[^1]) ? phone[..^1] : phone;

    public static bool IsPunctuation(char c) => c is ',' or '.' or ';' or ':' or '!' or '?';

    private static List<string> BuildInventory()
    {
        var phones = Vowels.SelectMany(v => new[] { v + "0", v + "1", v + "2" }).Concat(Consonants)
            .Order(StringComparer.Ordinal).ToList();
        phones.Add(WordBoundary);
        phones.AddRange(Punctuation);
        return phones;
    }
}
