using Narrator.Rendering.State;

namespace Narrator.Rendering;

/// <summary>Writes <c>report.json</c>: per chapter, the measured levels of each file and whether it meets ACX's figures.</summary>
internal static class ReportFile
{
    public static void Write(RenderFolder folder, RenderReport report)
    {
        var content = new
        {
            passesAcx = report.PassesAcx,
            audiobook = report.AudiobookPath is null ? null : folder.Relative(report.AudiobookPath),
            readAlong = report.ReadAlongPath is null ? null : folder.Relative(report.ReadAlongPath),
            captions = report.CaptionPaths.Select(folder.Relative),
            chapters = report.Chapters.Select(c => new
            {
                index = c.Chapter.Index,
                title = c.Chapter.Title,
                renderedNow = c.RenderedNow,
                passesAcx = c.PassesAcx,
                files = c.State.Files,
            }),
            warnings = report.Warnings,
        };
        var path = Path.Combine(folder.Root, RenderReport.FileName);
        Core.IO.AtomicFile.WriteAllText(path, RenderStateStore.Serialize(content));
    }
}
