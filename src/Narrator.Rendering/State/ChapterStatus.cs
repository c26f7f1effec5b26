namespace Narrator.Rendering.State;

/// <summary>The values of <see cref="ChapterState.Status"/>.</summary>
public static class ChapterStatus
{
    /// <summary>Not rendered yet, or out of date.</summary>
    public const string Pending = "pending";
    /// <summary>Rendered and current.</summary>
    public const string Done = "done";
}
