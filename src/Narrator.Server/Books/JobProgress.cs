using Narrator.Rendering;
using Narrator.Rendering.Planning;

namespace Narrator.Server;

/// <summary>Turns a render's progress into a job's events and its chapter count in <c>job.json</c>.</summary>
internal sealed class JobProgress(BookJobStore store, BookJobEvents events, string id) : IRenderProgress
{
    private readonly object _gate = new();

    public void Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender)
    {
        Update(job => job with { Chapters = plan.Chapters.Count, ChaptersDone = plan.Chapters.Count - toRender.Count });
        events.Add(id, "started", new { chapters = plan.Chapters.Count, to_render = toRender.Count });
    }

    public void ChapterStarted(PlannedChapter chapter) => events.Add(id, "chapter", new { index = chapter.Index, title = chapter.Title, state = "rendering" });

    public void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio)
    {
    }

    public void ChapterFinished(ChapterResult result)
    {
        var done = Update(job => job with { ChaptersDone = job.ChaptersDone + (result.RenderedNow ? 1 : 0) });
        events.Add(id, "chapter", new { index = result.Chapter.Index, title = result.Chapter.Title, state = "done", files = result.State.Files.SelectMany(f => (string?[])[f.Lossless, f.Mp3]).OfType<string>().Select(Path.GetFileName), chapters_done = done.ChaptersDone, chapters = done.Chapters });
    }

    public void AssemblingAudiobook() => events.Add(id, "audiobook", new { state = "assembling" });

    public void Warning(string message) => events.Add(id, "warning", new { message });

    private BookJob Update(Func<BookJob, BookJob> change)
    {
        lock (_gate)
        {
            var job = change(store.Get(id)!);
            store.Save(job);
            return job;
        }
    }
}
