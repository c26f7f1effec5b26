namespace Narrator.Books.ReadAlong;

/// <summary>What a read-along book holds: its path, how many utterances are synchronized, and what could not be.</summary>
public sealed record ReadAlongResult(string Path, int Synchronized, IReadOnlyList<string> Warnings);
