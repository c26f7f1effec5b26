using Narrator.Core;

namespace Narrator.Phonemes.Pronunciation;

/// <summary>
/// Pronunciations that override the phonemizer, matched on whole words (or phrases of up to
/// <see cref="MaxPhraseWords"/> words) of the spoken text, case-insensitively. Later entries win.
/// </summary>
public sealed class PronunciationLexicon
{
    /// <summary>The longest phrase an entry may have, in words (4).</summary>
    public const int MaxPhraseWords = 4;

    private readonly Dictionary<string, PronunciationEntry> _entries;

    private PronunciationLexicon(Dictionary<string, PronunciationEntry> entries)
    {
        _entries = entries;
    }

    /// <summary>A lexicon with no entries: every word goes to the phonemizer.</summary>
    public static PronunciationLexicon Empty { get; } = new(new(StringComparer.Ordinal));

    /// <summary>How many entries the lexicon holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The entries, one per distinct word or phrase (the latest for each).</summary>
    public IEnumerable<PronunciationEntry> Entries => _entries.Values;

    /// <summary>A lexicon with <paramref name="entries"/> added; an entry for the same words replaces the older one.</summary>
    public PronunciationLexicon With(IEnumerable<PronunciationEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var merged = new Dictionary<string, PronunciationEntry>(_entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = Key(entry.Grapheme);
            if (key.Length == 0 || key.Count(c => c == ' ') >= MaxPhraseWords)
            {
                throw new NarratorException($"Pronunciation for '{entry.Grapheme}': the grapheme must be one to {MaxPhraseWords} words.");
            }

            if (entry.Alias is null && string.IsNullOrWhiteSpace(entry.Phonemes))
            {
                throw new NarratorException($"Pronunciation for '{entry.Grapheme}' has neither phonemes nor an alias.");
            }

            merged[key] = entry;
        }

        return new PronunciationLexicon(merged);
    }

    internal bool TryGet(string key, out PronunciationEntry entry) => _entries.TryGetValue(key, out entry!);

    /// <summary>The lookup key of a word or phrase: lower case, words separated by one space, outer punctuation removed.</summary>
    internal static string Key(string words) =>
        string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TrimWord).Where(w => w.Length > 0))
            .ToLowerInvariant();

    internal static string TrimWord(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        return word[start..end];
    }
}
