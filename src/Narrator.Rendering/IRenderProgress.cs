using Narrator.Rendering.Planning;

namespace Narrator.Rendering;

/// <summary>What a render reports as it goes; the CLI draws progress bars from it. Calls may come from several threads.</summary>
public interface IRenderProgress
{
    /// <summary>The plan, and which of its chapters will be rendered (the rest are current or not selected).</summary>
    void Started(RenderPlan plan, IReadOnlyList<PlannedChapter> toRender);

    /// <summary>A chapter's rendering begins.</summary>
    void ChapterStarted(PlannedChapter chapter);

    /// <summary>More audio of the chapter exists: <paramref name="audio"/> in total so far.</summary>
    void ChapterAdvanced(PlannedChapter chapter, TimeSpan audio);

    /// <summary>A chapter is done: its files are written and measured.</summary>
    void ChapterFinished(ChapterResult result);

    /// <summary>Every chapter is done and the M4B is being assembled.</summary>
    void AssemblingAudiobook();

    /// <summary>Something the user should know that does not stop the render (one line).</summary>
    void Warning(string message);
}
