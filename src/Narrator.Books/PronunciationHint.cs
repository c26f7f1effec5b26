namespace Narrator.Books;

/// <summary>
/// "Say these characters of the block this way": <see cref="Start"/> and <see cref="Length"/>
/// index the block's text; <see cref="Alphabet"/> is "ipa" or "x-sampa" as the source declares.
/// </summary>
public sealed record PronunciationHint(int Start, int Length, string Phonemes, string Alphabet);
