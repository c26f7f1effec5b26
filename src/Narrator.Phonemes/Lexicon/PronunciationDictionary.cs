using System.IO.Compression;

namespace Narrator.Phonemes;

/// <summary>Word → ARPAbet phones, read from CMUdict-format text. Immutable once built.</summary>
internal sealed class PronunciationDictionary
{
    private readonly Dictionary<string, string[]> _entries;

    private PronunciationDictionary(Dictionary<string, string[]> entries) => _entries = entries;

    public static PronunciationDictionary Empty { get; } = new(new(StringComparer.Ordinal));

    public int Count => _entries.Count;

    public IEnumerable<string> Words => _entries.Keys;

    public bool TryGet(string word, out string[] phones) =>
        _entries.TryGetValue(word, out phones!);

    /// <summary>Reads "word PH PH ..." lines; ";;;" comments, "# ..." tails and alternates
    /// ("word(2)") are skipped. Vowels without stress digits get primary stress on the first vowel.
    /// A ".gz" file is decompressed.</summary>
    public static PronunciationDictionary Load(Stream stream, string sourceName, bool gzip)
    {
        using var input = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input);
        var entries = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0 || content.StartsWith(";;;", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var word = parts[0].ToLowerInvariant();
            if (word.EndsWith(')') || entries.ContainsKey(word))
            {
                continue;
            }

            entries[word] = ParsePhones(parts.AsSpan(1), $"{sourceName}, line {lineNumber}");
        }

        return new PronunciationDictionary(entries);
    }

    /// <summary>Validates phones (ARPAbet, upper or lower case); adds default stress if none given.</summary>
    public static string[] ParsePhones(ReadOnlySpan<string> raw, string where)
    {
        if (raw.Length == 0)
        {
            throw new PhonemizerException($"Lexicon entry at {where} has no phones; write 'word PH PH ...'.");
        }

        var phones = new string[raw.Length];
        var anyStress = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var p = raw[i].ToUpperInvariant();
            if (!Arpabet.IsPhone(p) && !(Arpabet.IsVowel(p) && p == Arpabet.BaseOf(p)))
            {
                throw new PhonemizerException(
                    $"Lexicon entry at {where} has the unknown phone '{raw[i]}'; use CMUdict ARPAbet phones (AA1, B, CH, ...).");
            }

            anyStress |= char.IsAsciiDigit(p[^1]);
            phones[i] = p;
        }

        return anyStress ? FillMissingStress(phones, "0") : Stress.ApplyDefault(phones);
    }

    private static string[] FillMissingStress(string[] phones, string digit) =>
        phones.Select(p => Arpabet.IsVowel(p) && p == Arpabet.BaseOf(p) ? p + digit : p).ToArray();
}
