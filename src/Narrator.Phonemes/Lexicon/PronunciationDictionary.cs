using System.IO.Compression;

namespace Narrator.Phonemes;

/// <summary>Word → ARPAbet phones. Immutable once built, safe to share between threads.</summary>
internal abstract class PronunciationDictionary
{
    public static PronunciationDictionary Empty { get; } = new PronunciationTable(new(StringComparer.Ordinal));

    public abstract int Count { get; }

    public abstract IEnumerable<string> Words { get; }

    /// <summary>The phones of <paramref name="word"/> (lower case); each call returns a new array.</summary>
    public abstract bool TryGet(string word, out string[] phones);

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

        return new PronunciationTable(entries);
    }

    /// <summary>
    /// The pre-built form of the embedded lexicon (what make-lexicon.py writes): one "word PH1 PH2"
    /// line per word, lower-case words in byte order, stress on every vowel, gzip. Kept as its bytes
    /// and searched in place, so loading allocates no string per entry.
    /// </summary>
    public static PronunciationDictionary LoadSorted(Stream stream, string sourceName)
    {
        using var input = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        input.CopyTo(bytes);
        return SortedPronunciations.FromBytes(bytes.ToArray(), sourceName);
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
