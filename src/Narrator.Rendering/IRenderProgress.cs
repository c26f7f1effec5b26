using Narrator.Rendering.Planning;

namespace Narrator.Rendering;

/// <summary>What a render reports as it goes; the CLI draws progress bars from it. Calls may come from several threads.</summary>
public interface IRenderProgress
{
    /// <summary>The plan, and which of its chapters will be rendered (the rest are current or not selected).</summary>
    void Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender);

    void ChapterStarted(PlannedChapter chapter);

    /// <summary>More audio of the chapter exists: <paramref name="audio"/> in total so far.</summary>
    void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio);

    void ChapterFinished(ChapterResult result);

    void AssemblingAudiobook();

    void Warning(string message);
}
