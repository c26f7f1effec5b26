namespace Narrator.Queue.Database;

/// <summary>A book of the catalogue as the queue keeps it: where its manuscript and render folder are, and who reads it.</summary>
internal sealed record QueuedBook(
    Guid Id,
    string Title,
    string Manuscript,
    string Root,
    string Folder,
    string Voice,
    string VoiceFingerprint,
    string Publisher,
    string Version)
{
    public DateTimeOffset? AssembledAt { get; init; }
}

/// <summary>A chapter as submitted: its index in the plan, its title, the estimate of its length and the render hash its files will carry.</summary>
internal sealed record QueuedChapter(int Index, string Title, double EstimatedSeconds, string WantedHash);
