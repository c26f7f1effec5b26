using Narrator.Rendering.Planning;
using Narrator.Rendering.State;

namespace Narrator.Rendering;

/// <summary>A chapter after a run: rendered now, or current from an earlier run.</summary>
public sealed record ChapterResult(PlannedChapter Chapter, ChapterState State, bool RenderedNow)
{
    /// <summary>Whether every file of the chapter meets ACX's requirements.</summary>
    public bool PassesAcx => State.Files.All(f => f.PassesAcx);
}
