using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// Where a session's enrollment stands, kept in its folder (<c>enrollment.json</c>) so that a reloaded page,
/// or a restarted server, still shows it: <see cref="Running"/> with its stage, then <see cref="Done"/> with
/// the voice, or <see cref="Failed"/> with the reason and each take's report (the rejected ones say why).
/// </summary>
internal sealed record EnrollmentState(string Status)
{
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    /// <summary>What a running enrollment is doing, in words for the page.</summary>
    public string? Stage { get; init; }

    /// <summary>The enrolled voice's id, once done.</summary>
    public string? Voice { get; init; }

    /// <summary>Why it failed, in words the actor can act on.</summary>
    public string? Error { get; init; }

    /// <summary>Every take's report as enrollment checked it (rejected ones carry their reason).</summary>
    public IReadOnlyList<QaReport> Reports { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public double? SpeakerSimilarity { get; init; }

    /// <summary>How the consent statement was checked (words heard), once done.</summary>
    public string? Statement { get; init; }

    public DateTimeOffset Updated { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The state left on disk by a server that stopped in the middle: the enrollment did not finish and may be started again.</summary>
    public static EnrollmentState Interrupted() =>
        new(Failed) { Error = "The server stopped before the enrollment finished; nothing was enrolled. Enroll again." };
}
