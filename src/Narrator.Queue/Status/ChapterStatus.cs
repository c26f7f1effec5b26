namespace Narrator.Queue.Status;

/// <summary>Where a chapter of a queued book stands.</summary>
public static class ChapterStatus
{
    /// <summary>Submitted; no worker has it yet.</summary>
    public const string Waiting = "waiting";

    /// <summary>A worker is rendering it.</summary>
    public const string Running = "running";

    /// <summary>It failed and waits for its retry (after a backoff).</summary>
    public const string Retrying = "retrying";

    /// <summary>Its files are in the book's folder.</summary>
    public const string Done = "done";

    /// <summary>It failed on every attempt (or with an error no retry can mend) and is left with its error; nothing retries it.</summary>
    public const string Parked = "parked";
}
