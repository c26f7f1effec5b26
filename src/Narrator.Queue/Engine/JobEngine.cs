using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.States;

namespace Narrator.Queue.Engine;

/// <summary>
/// Hangfire on PostgreSQL as Narrator uses it: its storage (schema <c>hangfire</c>, made when missing), a sliding
/// invisibility timeout, and retries with backoff that end in the Failed state (parked) rather than going on forever.
/// Nothing here touches Hangfire's global configuration, so several workers can live in one process (the tests).
/// </summary>
internal static class JobEngine
{
    /// <summary>The schema of Hangfire's tables.</summary>
    public const string SchemaName = "hangfire";

    public static PostgreSqlStorage Storage(QueueSettings settings)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = SchemaName,
            PrepareSchemaIfNecessary = true,
            InvisibilityTimeout = settings.InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = settings.PollInterval,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(settings.ConnectionString, options), options);
    }

    /// <summary>The job filters: only Narrator's retry rule (not Hangfire's global ten attempts) and its version's queue.</summary>
    public static JobFilterCollection Filters(QueueSettings settings)
    {
        var filters = new JobFilterCollection
        {
            new AutomaticRetryAttribute
            {
                Attempts = settings.Attempts,
                DelaysInSeconds = [.. settings.RetryDelays],
                OnAttemptsExceeded = AttemptsExceededAction.Fail,
                ExceptOn = [typeof(ParkedException)],
                LogEvents = false,
            },
            new VersionQueueFilter(settings.QueueName),
        };
        return filters;
    }

    /// <summary>How often a worker's Hangfire server beats: half the invisibility timeout, between 1 s and Hangfire's default 30 s.</summary>
    public static TimeSpan HeartbeatInterval(QueueSettings settings) =>
        Clamp(settings.InvisibilityTimeout / 2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    /// <summary>A server whose last heartbeat is older than this (two beats: the invisibility timeout, at most a minute) is taken for dead by <see cref="OrphanedJobs"/>.</summary>
    public static TimeSpan ServerLiveness(QueueSettings settings) => 2 * HeartbeatInterval(settings);

    /// <summary>How often each worker looks for orphaned jobs: half the invisibility timeout, between 1 s and a minute.</summary>
    public static TimeSpan SweepInterval(QueueSettings settings) =>
        Clamp(settings.InvisibilityTimeout / 2, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

    public static IBackgroundJobClient Client(JobStorage storage, QueueSettings settings) =>
        new BackgroundJobClient(storage, Filters(settings));

    /// <summary>Enqueues <paramref name="job"/> in this version's queue.</summary>
    public static string Enqueue(IBackgroundJobClient client, Job job, QueueSettings settings) =>
        client.Create(job, new EnqueuedState(settings.QueueName));

    private static TimeSpan Clamp(TimeSpan value, TimeSpan least, TimeSpan most) =>
        value < least ? least : value > most ? most : value;
}
