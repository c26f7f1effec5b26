namespace Narrator.Books.Dialogue;

/// <summary>A character's share of the dialogue: lines, words, and the first two lines of some length as examples.</summary>
public sealed record CastCharacter(string Name, int Lines, int Words, IReadOnlyList<string> Examples);
