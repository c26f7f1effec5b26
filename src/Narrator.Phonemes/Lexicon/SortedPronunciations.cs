using System.Text;

namespace Narrator.Phonemes;

/// <summary>
/// The embedded lexicon kept as its own bytes, one sorted "word PH PH" line per entry, found by binary
/// search: about 4 MB where a table of strings took 40 MB, and loaded in milliseconds, not a second.
/// A line's phones are checked (and a vowel without stress given the default) when it is read; a test reads every line.
/// </summary>
internal sealed class SortedPronunciations : PronunciationDictionary
{
    private const int MaxWordBytes = 256;

    private readonly byte[] _text;
    private readonly int[] _lineStarts;
    private readonly string _source;

    private SortedPronunciations(byte[] text, int[] lineStarts, string source)
    {
        _text = text;
        _lineStarts = lineStarts;
        _source = source;
    }

    public override int Count => _lineStarts.Length;

    public override IEnumerable<string> Words => Enumerable.Range(0, Count).Select(i => Encoding.UTF8.GetString(WordAt(i)));

    /// <summary>Indexes the lines of <paramref name="text"/>; throws naming the line when two are out of byte order (binary search would miss words).</summary>
    public static SortedPronunciations FromBytes(byte[] text, string source)
    {
        var starts = new List<int>(text.Length / 24);
        for (var at = 0; at < text.Length; at = NextLine(text, at))
        {
            if (text[at] != (byte)'\n')
            {
                starts.Add(at);
            }
        }

        var lexicon = new SortedPronunciations(text, [.. starts], source);
        for (var i = 1; i < lexicon.Count; i++)
        {
            if (lexicon.WordAt(i - 1).SequenceCompareTo(lexicon.WordAt(i)) >= 0)
            {
                throw new PhonemizerException($"{source}, line {i + 1}: '{Encoding.UTF8.GetString(lexicon.WordAt(i))}' is out of order; the lexicon must be sorted by bytes with one line per word (make-lexicon.py writes it so).", Core.ErrorKind.Internal);
            }
        }

        return lexicon;
    }

    public override bool TryGet(string word, out string[] phones)
    {
        phones = [];
        if (Encoding.UTF8.GetByteCount(word) > MaxWordBytes)
        {
            return false;
        }

        Span<byte> key = stackalloc byte[MaxWordBytes];
        key = key[..Encoding.UTF8.GetBytes(word, key)];
        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = WordAt(middle).SequenceCompareTo(key);
            if (order == 0)
            {
                phones = PhonesAt(middle);
                return true;
            }

            if (order < 0)
                low = middle + 1;
            else
                high = middle - 1;
        }

        return false;
    }

    private ReadOnlySpan<byte> WordAt(int line)
    {
        var rest = _text.AsSpan(_lineStarts[line]);
        var space = rest.IndexOfAny((byte)' ', (byte)'\n');
        return space < 0 ? rest : rest[..space];
    }

    private string[] PhonesAt(int line)
    {
        var start = _lineStarts[line];
        var end = _text.AsSpan(start).IndexOf((byte)'\n');
        var fields = Encoding.ASCII.GetString(_text, start, end < 0 ? _text.Length - start : end).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return ParsePhones(fields.AsSpan(1), $"{_source}, line {line + 1}");
    }

    private static int NextLine(byte[] text, int at)
    {
        var newline = text.AsSpan(at).IndexOf((byte)'\n');
        return newline < 0 ? text.Length : at + newline + 1;
    }
}
