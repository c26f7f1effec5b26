using Narrator.Queue.Database;
using Narrator.Rendering;
using Narrator.Rendering.Planning;
using Narrator.Synthesis.Voices;

namespace Narrator.Queue.Jobs;

/// <summary>
/// A book's M4B, render.json and report.json, made by the book pipeline itself over the book's folder: it finds every
/// chapter's master on disk, tagged with its current render hash, and takes it as it is (the pipeline's recovery), so
/// nothing is synthesized again; then it assembles the audiobook. The staging folders killed workers left are removed.
/// </summary>
internal static class AudiobookAssembly
{
    public static async Task<string> AssembleAsync(QueuedBook book, IVoice voice, IRenderProgress progress, CancellationToken cancellationToken)
    {
        var manuscript = ChapterRendering.ReadManuscript(book);
        using var renderer = ChapterRendering.Renderer(voice, manuscript, audiobook: true);
        var report = await renderer.RenderAsync(manuscript, book.Folder, ChapterSelection.All, progress, cancellationToken).ConfigureAwait(false);
        if (report.RenderedNow > 0)
        {
            progress.Warning($"{report.RenderedNow} chapter(s) were not found finished in {book.Folder} and were rendered again by the assembly.");
        }

        var staging = Path.Combine(book.Folder, ChapterRendering.StagingFolder);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        return report.AudiobookPath is { } path
            ? Path.GetRelativePath(book.Folder, path)
            : throw new RenderException($"{book.Folder}: \"{book.Title}\" was rendered but no audiobook was assembled.");
    }
}
