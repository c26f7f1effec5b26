namespace Narrator.Rendering.Timing;

/// <summary>One file of a chapter: its path relative to the render folder and its length in samples.</summary>
public sealed class TimedFile
{
    /// <summary>The FLAC master's path, relative to the render folder.</summary>
    public string Lossless { get; set; } = string.Empty;

    /// <summary>Its length in samples, as decoded.</summary>
    public long Samples { get; set; }
}
