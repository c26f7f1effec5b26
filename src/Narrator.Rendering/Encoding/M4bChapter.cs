namespace Narrator.Rendering.Encoding;

/// <summary>One chapter of an assembled book: its audio file (normally the FLAC master) and its title.</summary>
public sealed record M4bChapter(string FilePath, string Title);
