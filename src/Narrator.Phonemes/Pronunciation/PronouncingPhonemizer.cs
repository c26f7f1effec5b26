using Narrator.Phonemes;

namespace Narrator.Phonemes.Pronunciation;

/// <summary>
/// Applies a <see cref="PronunciationLexicon"/> on top of a voice's phonemizer: matched words get
/// the lexicon's phonemes (in the phonemizer's alphabet, or IPA converted to ARPAbet for an ARPAbet
/// phonemizer) or their alias; the words in between are phonemized as usual, in runs, so context
/// within a run is kept. <see cref="Unusable"/> lists the entries that cannot be used.
/// </summary>
public sealed class PronouncingPhonemizer : IPhonemizer
{
    private const string WordBoundary = " ";
    private static readonly string[] ProsodicMarks = [",", ".", ";", ":", "!", "?"];

    private readonly IPhonemizer _inner;
    private readonly PronunciationLexicon _lexicon;
    private string? _separator;

    /// <summary>Applies <paramref name="lexicon"/> on top of <paramref name="inner"/>, the voice's own phonemizer.</summary>
    public PronouncingPhonemizer(IPhonemizer inner, PronunciationLexicon lexicon)
    {
        _inner = inner;
        _lexicon = lexicon;
    }

    /// <summary>The inner phonemizer's name.</summary>
    public string Name => _inner.Name;

    /// <summary>The inner phonemizer's alphabet, which lexicon entries are converted to.</summary>
    public string Alphabet => _inner.Alphabet;

    /// <inheritdoc/>
    public PhonemeString Phonemize(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var symbols = new List<string>();
        var run = new List<string>();
        for (var i = 0; i < words.Length;)
        {
            if (Match(words, i) is not ({ } entry, var count))
            {
                run.Add(words[i++]);
                continue;
            }

            Append(symbols, PhonemizeRun(run));
            run.Clear();
            var last = words[i + count - 1];
            Append(symbols, Pronounce(entry, Trailing(last)));
            i += count;
        }

        Append(symbols, PhonemizeRun(run));
        return new PhonemeString(symbols, _separator ?? (Alphabet == "ipa" ? string.Empty : " "));
    }

    private (PronunciationEntry? Entry, int Count) Match(string[] words, int start)
    {
        for (var count = Math.Min(PronunciationLexicon.MaxPhraseWords, words.Length - start); count >= 1; count--)
        {
            // Only the last word of a phrase may carry punctuation: "Dr. Who" is not one phrase across a sentence end.
            if (Enumerable.Range(start, count - 1).Any(i => Trailing(words[i]).Length > 0))
            {
                continue;
            }

            var key = PronunciationLexicon.Key(string.Join(' ', words, start, count));
            if (_lexicon.TryGet(key, out var entry) && Usable(entry, _inner.Alphabet, out _))
            {
                return (entry, count);
            }
        }

        return (null, 0);
    }

    private IReadOnlyList<string> Pronounce(PronunciationEntry entry, string trailing)
    {
        if (entry.Alias is not null)
        {
            return _inner.Phonemize(entry.Alias + trailing).Symbols;
        }

        var symbols = entry.Alphabet == _inner.Alphabet
            ? entry.Alphabet == "ipa"
                ? IpaSymbols.Split(entry.Phonemes!).Where(s => !string.IsNullOrWhiteSpace(s)).ToList()
                : entry.Phonemes!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList()
            : [.. IpaToArpabet.Convert(entry.Phonemes!, out _)!];
        foreach (var mark in trailing.Select(c => c.ToString()).Where(ProsodicMarks.Contains).Take(1))
        {
            symbols.Add(mark);
        }

        return symbols;
    }

    /// <summary>
    /// The entries of <paramref name="lexicon"/> a phonemizer of <paramref name="alphabet"/> cannot use,
    /// one line each ("'Hermione': …"), so a caller can say so once instead of reading them as usual in silence.
    /// </summary>
    public static IReadOnlyList<string> Unusable(PronunciationLexicon lexicon, string alphabet)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return lexicon.Entries.Select(e => Usable(e, alphabet, out var why) ? null : $"'{e.Grapheme}': {why}; it is read as usual").OfType<string>().ToList();
    }

    private static bool Usable(PronunciationEntry entry, string alphabet, out string? why)
    {
        why = null;
        if (entry.Alias is not null || entry.Alphabet == alphabet)
        {
            return true;
        }

        if (entry.Alphabet == "ipa" && alphabet == "x-arpabet")
        {
            var converted = IpaToArpabet.Convert(entry.Phonemes!, out var problem);
            why = converted is null ? $"its IPA /{entry.Phonemes}/ cannot be converted to ARPAbet: {problem}" : null;
            return converted is not null;
        }

        why = $"its phonemes are {entry.Alphabet}, and this voice's phonemizer reads {alphabet}";
        return false;
    }

    private IReadOnlyList<string> PhonemizeRun(List<string> run)
    {
        if (run.Count == 0)
        {
            return [];
        }

        var phonemes = _inner.Phonemize(string.Join(' ', run));
        _separator ??= phonemes.Separator;
        return phonemes.Symbols;
    }

    private static void Append(List<string> symbols, IReadOnlyList<string> next)
    {
        if (next.Count == 0)
        {
            return;
        }

        if (symbols.Count > 0 && symbols[^1] != WordBoundary && next[0] != WordBoundary)
        {
            symbols.Add(WordBoundary);
        }

        symbols.AddRange(next);
    }

    private static string Trailing(string word)
    {
        var end = word.Length;
        while (end > 0 && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        return word[end..];
    }
}
