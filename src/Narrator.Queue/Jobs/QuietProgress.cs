using Narrator.Rendering;
using Narrator.Rendering.Planning;

namespace Narrator.Queue.Jobs;

/// <summary>A render's progress as a worker reports it: only its warnings, as lines of the worker's log.</summary>
internal sealed class QuietProgress(Action<string> log, string book) : IRenderProgress
{
    public void Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender)
    {
    }

    public void ChapterStarted(PlannedChapter chapter)
    {
    }

    public void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio)
    {
    }

    public void ChapterFinished(ChapterResult result)
    {
    }

    public void AssemblingAudiobook()
    {
    }

    public void Warning(string message) => log($"\"{book}\": warning: {message}");
}
