namespace Narrator.Books.ReadAlong;

/// <summary>An MP3 file that goes into the read-along book, and its length.</summary>
public sealed record ReadAlongAudio(string Path, TimeSpan Duration);
