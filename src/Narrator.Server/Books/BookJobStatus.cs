namespace Narrator.Server;

/// <summary>Where a book job stands.</summary>
internal static class BookJobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    public static bool IsFinished(string status) => status is Done or Failed;
}
