namespace Narrator.Rendering.State;

/// <summary>One chapter in <c>render.json</c>.</summary>
public sealed class ChapterState
{
    /// <summary>The chapter's index, from 1.</summary>
    public int Index { get; set; }

    /// <summary>The chapter's title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>"body", "frontmatter" or "backmatter" (<see cref="Books.ChapterKind"/> in lower case).</summary>
    public string Kind { get; set; } = "body";

    /// <summary>Words of the chapter's text.</summary>
    public int Words { get; set; }

    /// <summary>Estimated seconds of audio.</summary>
    public double EstimatedSeconds { get; set; }

    /// <summary>Hash of the chapter's text.</summary>
    public string TextHash { get; set; } = string.Empty;

    /// <summary>"pending" or "done".</summary>
    public string Status { get; set; } = ChapterStatus.Pending;

    /// <summary>Text hash and settings hash together: the files are current while this matches.</summary>
    public string? RenderedHash { get; set; }

    /// <summary>Seconds the last render of the chapter took; null before one.</summary>
    public double? RenderSeconds { get; set; }

    /// <summary>The chapter's finished files; empty while pending.</summary>
    public List<ChapterFileState> Files { get; set; } = [];

    /// <summary>
    /// The utterance timings of the files, relative to the render folder ("timings/01 - Title.json"); null for a chapter
    /// rendered by a Narrator that kept none.
    /// </summary>
    public string? Timings { get; set; }
}
