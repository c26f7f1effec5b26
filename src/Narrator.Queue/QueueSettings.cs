using System.Security.Cryptography;
using System.Text;
using Narrator.Synthesis.Provenance;

namespace Narrator.Queue;

/// <summary>Where the queue lives and how the job engine (Hangfire on PostgreSQL) delivers its jobs.</summary>
public sealed class QueueSettings
{
    /// <summary>The environment variable read when no connection string is given.</summary>
    public const string DatabaseVariable = "NARRATOR_QUEUE_DB";

    /// <summary>The PostgreSQL connection string (Npgsql's form: <c>Host=…;Port=…;Database=…;Username=…</c>).</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// How long a fetched job stays invisible to other workers without a sign of life. The invisibility slides:
    /// a live worker renews it in the background (Hangfire.PostgreSql's sliding invisibility timeout), so a chapter
    /// longer than this is never handed to a second worker while the first lives; a killed worker's chapter is handed
    /// out again this long after its last renewal. Default 5 minutes.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle worker asks for a job. Default 1 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of a failing chapter before it is parked with its error. Default 3.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>Seconds to wait before each retry (the last repeats). Default 30, 120, 600: backoff.</summary>
    public IReadOnlyList<int> RetryDelays { get; init; } = [30, 120, 600];

    /// <summary>The Narrator version of this process; every worker and the submitter must run the same one. Default: this build's.</summary>
    public string Version { get; init; } = ProvenanceRecord.Version;

    /// <summary>The Hangfire queue of this version's jobs: a worker of another version never sees them.</summary>
    public string QueueName => "narrator-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Version)))[..12];

    /// <summary>The connection string given, else <see cref="DatabaseVariable"/>'s; an error saying how to give one when neither is set.</summary>
    public static string ConnectionStringOrDefault(string? given) =>
        given is { Length: > 0 } ? given
        : Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : throw new QueueException($"No queue database: pass --db \"Host=…;Database=…;Username=…\" or set {DatabaseVariable}.");

    /// <summary>What is wrong with <paramref name="timeout"/> as an invisibility timeout (under 2 s: a live worker's renewal could come too late; over a day: a killed worker's chapter would wait that long), or null when it will do.</summary>
    public static string? InvisibilityTimeoutProblem(TimeSpan timeout) =>
        timeout < TimeSpan.FromSeconds(2) || timeout > TimeSpan.FromDays(1)
            ? $"the invisibility timeout ({timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} s) must be between 2 s and a day (86400 s): it is how long a killed worker's chapter waits before another worker takes it"
            : null;

    internal void Validate()
    {
        var errors = new List<string>();
        if (InvisibilityTimeoutProblem(InvisibilityTimeout) is { } problem)
        {
            errors.Add(problem);
        }

        if (Attempts is < 0 or > 20)
        {
            errors.Add($"attempts ({Attempts}) must be between 0 and 20");
        }

        if (RetryDelays.Count == 0 || RetryDelays.Any(d => d < 0))
        {
            errors.Add("retry delays must be one or more non-negative numbers of seconds");
        }

        if (errors.Count > 0)
        {
            throw new QueueException("Invalid queue settings: " + string.Join("; ", errors) + ".");
        }
    }
}
