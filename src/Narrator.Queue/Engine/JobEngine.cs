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
    public static PostgreSqlStorage Storage(QueueSettings settings)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
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

    public static IBackgroundJobClient Client(JobStorage storage, QueueSettings settings) =>
        new BackgroundJobClient(storage, Filters(settings));

    /// <summary>Enqueues <paramref name="job"/> in this version's queue.</summary>
    public static string Enqueue(IBackgroundJobClient client, Job job, QueueSettings settings) =>
        client.Create(job, new EnqueuedState(settings.QueueName));
}
