namespace Narrator.Rendering.State;

/// <summary>One chapter in <c>render.json</c>.</summary>
public sealed class ChapterState
{
    public int Index { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Kind { get; set; } = "body";

    public int Words { get; set; }

    public double EstimatedSeconds { get; set; }

    public string TextHash { get; set; } = string.Empty;

    /// <summary>"pending" or "done".</summary>
    public string Status { get; set; } = ChapterStatus.Pending;

    /// <summary>Text hash and settings hash together: the files are current while this matches.</summary>
    public string? RenderedHash { get; set; }

    public double? RenderSeconds { get; set; }

    public List<ChapterFileState> Files { get; set; } = [];

    /// <summary>
    /// The utterance timings of the files, relative to the render folder ("timings/01 - Title.json"); null for a chapter
    /// rendered by a Narrator that kept none.
    /// </summary>
    public string? Timings { get; set; }
}
