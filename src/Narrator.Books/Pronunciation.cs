namespace Narrator.Books;

/// <summary>A lexicon entry: a word (or phrase), and how to say it in <see cref="Alphabet"/> ("ipa", "x-arpabet"), or an alias to read instead.</summary>
public sealed record Pronunciation(string Grapheme, string? Phonemes, string Alphabet, string? Alias = null);
