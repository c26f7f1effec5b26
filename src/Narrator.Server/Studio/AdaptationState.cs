namespace Narrator.Server;

/// <summary>
/// Where a voice's adaptation stands, as <c>GET /studio/api/sessions/{id}</c> shows it (its <c>adaptation</c>), so that a
/// reloaded page finds a running adaptation with its step, loss and time left, or its end: <see cref="Running"/>,
/// then <see cref="Done"/> (steps, minutes, likeness), <see cref="Failed"/> or <see cref="Stopped"/> with the reason.
/// </summary>
internal sealed record AdaptationState(string Status)
{
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Stopped = "stopped";

    /// <summary>What a running adaptation is doing: <c>train</c> (steps) or <c>likeness</c> (measuring the result).</summary>
    public string? Stage { get; init; }

    /// <summary>Steps done so far (running) or in all (done).</summary>
    public int? Step { get; init; }

    /// <summary>The steps it trains for.</summary>
    public int? Steps { get; init; }

    /// <summary>The recent mean training loss.</summary>
    public double? Loss { get; init; }

    /// <summary>The time left, in seconds: the budget's remainder, or less at the pace so far.</summary>
    public double? RemainingSeconds { get; init; }

    /// <summary>Minutes the training took, once done.</summary>
    public double? Minutes { get; init; }

    /// <summary>The adapted voice's likeness to the takes, once done (null when not measured).</summary>
    public double? Likeness { get; init; }

    /// <summary>The likeness of the voice before adaptation (zero-shot), for comparison.</summary>
    public double? ZeroShot { get; init; }

    /// <summary>Why it failed or stopped, in words the actor can act on.</summary>
    public string? Error { get; init; }

    public DateTimeOffset Updated { get; init; } = DateTimeOffset.UtcNow;
}
