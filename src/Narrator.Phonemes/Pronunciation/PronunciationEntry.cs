namespace Narrator.Phonemes.Pronunciation;

/// <summary>
/// How to say a word or phrase: phonemes in <see cref="Alphabet"/> ("ipa", "x-arpabet"), or an
/// <see cref="Alias"/> to read in its place (which works with every voice).
/// </summary>
public sealed record PronunciationEntry(string Grapheme, string? Phonemes, string Alphabet, string? Alias = null);
