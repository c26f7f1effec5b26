using Narrator.Rendering.Planning;

namespace Narrator.Rendering.Tests.Rendering;

/// <summary>Records what a render reports; can cancel the render when a chapter starts producing audio.</summary>
internal sealed class RecordingProgress : IRenderProgress
{
    private readonly object _gate = new();

    public List<int> Started { get; } = [];

    public List<int> Finished { get; } = [];

    public List<string> Warnings { get; } = [];

    public IReadOnlyList<PlannedChapter> ToRender { get; private set; } = [];

    public bool Assembled { get; private set; }

    public Action<PlannedChapter>? OnAdvanced { get; init; }

    void IRenderProgress.Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender) => ToRender = toRender;

    public void ChapterStarted(PlannedChapter chapter)
    {
        lock (_gate)
        {
            Started.Add(chapter.Index);
        }
    }

    public void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio) => OnAdvanced?.Invoke(chapter);

    public void ChapterFinished(ChapterResult result)
    {
        lock (_gate)
        {
            Finished.Add(result.Chapter.Index);
        }
    }

    public void AssemblingAudiobook() => Assembled = true;

    public void Warning(string message) => Warnings.Add(message);
}
