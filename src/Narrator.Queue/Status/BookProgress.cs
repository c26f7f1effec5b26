namespace Narrator.Queue.Status;

/// <summary>One book of the catalogue: its chapters by status, its audio so far, an estimate of the time left and its audiobook once assembled.</summary>
/// <param name="Id">The book's id in the queue.</param>
/// <param name="Title">The book's title.</param>
/// <param name="Folder">Its render folder in the shared folder.</param>
/// <param name="Chapters">Chapters in all.</param>
/// <param name="Done">Chapters whose files are in the folder.</param>
/// <param name="Running">Chapters a worker is rendering.</param>
/// <param name="Waiting">Chapters no worker has taken yet.</param>
/// <param name="Retrying">Chapters that failed and wait for a retry.</param>
/// <param name="Parked">Chapters that failed for good (see <paramref name="Problems"/>).</param>
/// <param name="AudioSeconds">Seconds of audio of the done chapters.</param>
/// <param name="Eta">Time left at the catalogue's measured pace; null before a chapter is done, zero when finished.</param>
/// <param name="Audiobook">The M4B's path once assembled, else null.</param>
/// <param name="AssemblyError">Why the M4B could not be assembled, when it failed for good.</param>
/// <param name="Problems">Every chapter that failed, with its last error.</param>
public sealed record BookProgress(
    Guid Id,
    string Title,
    string Folder,
    int Chapters,
    int Done,
    int Running,
    int Waiting,
    int Retrying,
    int Parked,
    double AudioSeconds,
    TimeSpan? Eta,
    string? Audiobook,
    string? AssemblyError,
    IReadOnlyList<ChapterProblem> Problems)
{
    /// <summary>Every chapter done and the audiobook assembled.</summary>
    public bool IsFinished => Audiobook is not null;

    /// <summary>Something failed for good and waits for a person.</summary>
    public bool IsParked => Parked > 0 || AssemblyError is not null;
}

/// <summary>A chapter that failed.</summary>
/// <param name="Chapter">Its index (from 1).</param>
/// <param name="Title">Its title.</param>
/// <param name="Status"><see cref="ChapterStatus.Retrying"/> or <see cref="ChapterStatus.Parked"/>.</param>
/// <param name="Failures">Failed attempts so far.</param>
/// <param name="Error">The last attempt's error.</param>
public sealed record ChapterProblem(int Chapter, string Title, string Status, int Failures, string Error);
