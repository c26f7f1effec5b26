namespace Narrator.Text.Ssml;

/// <summary>A <c>phoneme</c> element: <see cref="Text"/> is said as <see cref="Phonemes"/> in <see cref="Alphabet"/> ("ipa", "x-arpabet").</summary>
public sealed record SsmlPhoneme(string Text, string Alphabet, string Phonemes);
