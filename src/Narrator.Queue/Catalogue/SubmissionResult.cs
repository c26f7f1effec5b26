namespace Narrator.Queue.Catalogue;

/// <summary>What a submission did with a book, whose identity is its render folder.</summary>
public enum SubmissionResult
{
    /// <summary>A book new to the queue: every chapter is queued.</summary>
    Queued,

    /// <summary>The folder's book was submitted before with another manuscript, voice or settings: only the chapters whose render hash changed (and parked ones) are queued again, and the audiobook is assembled again.</summary>
    Changed,

    /// <summary>The folder's book was submitted before with the same manuscript, voice and settings: nothing is queued.</summary>
    Unchanged,
}
