namespace Narrator.Rendering.Encoding;

/// <summary>One chapter of an assembled book: its audio file (normally the FLAC master) and its title.</summary>
public sealed record M4bChapter(string FilePath, string Title)
{
    /// <summary>The file's length in decoded samples when already measured (the render state keeps it); 0 to measure it again.</summary>
    public long Samples { get; init; }

    /// <summary>The file's sample rate when <see cref="Samples"/> is given.</summary>
    public int SampleRate { get; init; }

    /// <summary>
    /// The same audio already encoded as ADTS AAC with <see cref="M4bAssembler.AacSettings"/>, or null. When every
    /// chapter has one, the book is joined from them without encoding, and the marks count their AAC frames.
    /// </summary>
    public string? AacPath { get; init; }
}
