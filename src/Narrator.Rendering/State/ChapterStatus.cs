namespace Narrator.Rendering.State;

public static class ChapterStatus
{
    public const string Pending = "pending";
    public const string Done = "done";
}
