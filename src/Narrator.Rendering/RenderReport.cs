namespace Narrator.Rendering;

/// <summary>The outcome of a render, also written as <c>report.json</c>.</summary>
public sealed record RenderReport(string Folder, IReadOnlyList<ChapterResult> Chapters, string? AudiobookPath, IReadOnlyList<string> Warnings)
{
    public const string FileName = "report.json";

    public bool PassesAcx => Chapters.All(c => c.PassesAcx);

    public int RenderedNow => Chapters.Count(c => c.RenderedNow);
}
