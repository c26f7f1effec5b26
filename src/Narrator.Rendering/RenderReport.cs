namespace Narrator.Rendering;

/// <summary>The outcome of a render, also written as <c>report.json</c>.</summary>
public sealed record RenderReport(string Folder, IReadOnlyList<ChapterResult> Chapters, string? AudiobookPath, IReadOnlyList<string> Warnings)
{
    /// <summary>The report's file name in the render folder.</summary>
    public const string FileName = "report.json";

    /// <summary>Whether every chapter meets ACX's requirements.</summary>
    public bool PassesAcx => Chapters.All(c => c.PassesAcx);

    /// <summary>Chapters rendered by this run (the rest were current).</summary>
    public int RenderedNow => Chapters.Count(c => c.RenderedNow);

    /// <summary>The read-along EPUB 3, when it was asked for and every chapter is rendered.</summary>
    public string? ReadAlongPath { get; init; }

    /// <summary>The WebVTT captions written, one per chapter file, when asked for.</summary>
    public IReadOnlyList<string> CaptionPaths { get; init; } = [];

    /// <summary>What proof-listening found, when it was on (<see cref="RenderSettings.Proof"/>); <c>proof.html</c> shows the same.</summary>
    public Proof.ProofReport? Proof { get; init; }
}
