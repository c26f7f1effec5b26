namespace Narrator.Server;

/// <summary>
/// A book render submitted over HTTP, as <c>job.json</c> in its folder keeps it. A job that was queued or
/// running when the server stopped runs again at the next start, and its render resumes where it was.
/// </summary>
/// <param name="Id">16 hex digits, the job folder's name.</param>
/// <param name="KeyId">The API key that submitted it ("local" without keys).</param>
/// <param name="Publisher">The key's publisher: the only one who sees the job, and the one the voice's consent must name.</param>
/// <param name="Voice">The voice it is read in; null for the default voice.</param>
/// <param name="Manuscript">The stored manuscript's file name in the job folder (never the uploader's name).</param>
/// <param name="Upload">The uploaded file's name, for reports only.</param>
/// <param name="Submitted">When it was submitted.</param>
internal sealed record BookJob(string Id, string KeyId, string Publisher, string? Voice, string Manuscript, string Upload, DateTimeOffset Submitted)
{
    public string Status { get; init; } = BookJobStatus.Queued;

    public string? Error { get; init; }

    public int ChaptersDone { get; init; }

    public int Chapters { get; init; }

    public string? Audiobook { get; init; }
}
