namespace Narrator.Rendering.Encoding;

/// <summary>One chapter of an assembled book: its audio file (normally the FLAC master) and its title.</summary>
public sealed record M4bChapter(string FilePath, string Title)
{
    /// <summary>The file's length in decoded samples when already measured (the render state keeps it); 0 to measure it again.</summary>
    public long Samples { get; init; }

    /// <summary>The file's sample rate when <see cref="Samples"/> is given.</summary>
    public int SampleRate { get; init; }
}
