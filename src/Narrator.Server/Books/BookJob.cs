namespace Narrator.Server;

/// <summary>
/// A book render submitted over HTTP, as <c>job.json</c> in its folder keeps it. A job that was queued or
/// running when the server stopped runs again at the next start, and its render resumes where it was.
/// </summary>
/// <param name="Manuscript">The stored manuscript's file name in the job folder (never the uploader's name).</param>
/// <param name="Upload">The uploaded file's name, for reports only.</param>
internal sealed record BookJob(string Id, string KeyId, string Publisher, string? Voice, string Manuscript, string Upload, DateTimeOffset Submitted)
{
    public string Status { get; init; } = BookJobStatus.Queued;

    public string? Error { get; init; }

    public int ChaptersDone { get; init; }

    public int Chapters { get; init; }

    public string? Audiobook { get; init; }
}
