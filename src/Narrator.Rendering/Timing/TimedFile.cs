namespace Narrator.Rendering.Timing;

/// <summary>One file of a chapter: its path relative to the render folder and its length in samples.</summary>
public sealed class TimedFile
{
    public string Lossless { get; set; } = string.Empty;

    public long Samples { get; set; }
}
