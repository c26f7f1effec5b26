using Hangfire;
using Narrator.Queue.Database;
using Narrator.Queue.Engine;
using Narrator.Queue.Jobs;
using Narrator.Queue.Storage;
using Narrator.Voices;
using Npgsql;

namespace Narrator.Queue.Worker;

/// <summary>
/// A worker: a Hangfire server on the queue's PostgreSQL storage that takes chapter and assembly jobs of this Narrator
/// version's queue until it is cancelled. Before it starts it checks the database, the version of the queued books and
/// that their shared folders exist here and can be written. It also makes the jobs of chapters an interrupted submission
/// left without one, at start and every minute, and puts the chapters of dead workers back at the head of the queue
/// (<see cref="OrphanedJobs"/>). A database still starting up or briefly unreachable at start is waited for
/// (<see cref="WorkerOptions.DatabaseWait"/>).
/// </summary>
public static class QueueWorker
{
    private static readonly TimeSpan MissingJobsInterval = TimeSpan.FromMinutes(1);

    /// <summary>Runs a worker until <paramref name="cancellationToken"/> is cancelled; chapters in progress are given back to the queue.</summary>
    /// <exception cref="QueueException">The database cannot be reached within <see cref="WorkerOptions.DatabaseWait"/>, the queue holds another version's books (refused), or a shared folder is missing or read-only.</exception>
    public static async Task RunAsync(QueueSettings settings, WorkerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        settings.Validate();
        if (options.Concurrency is < 1 or > 64)
        {
            throw new QueueException($"The concurrency ({options.Concurrency}) must be between 1 and 64.");
        }

        if (options.DatabaseWait < TimeSpan.Zero)
        {
            throw new QueueException($"The time to wait for the queue database ({options.DatabaseWait.TotalSeconds} s) must not be negative.");
        }

        var (database, storage) = await DatabaseWait.RetryAsync(t => StartAsync(settings, t), settings.ConnectionString, options.DatabaseWait, options.Log, cancellationToken).ConfigureAwait(false);
        await using var closing = database.ConfigureAwait(false);
        var filters = JobEngine.Filters(settings);
        using var voices = new VoiceShelf(options.Gate ?? VoiceGate.Create());
        var client = JobEngine.Client(storage, settings);
        var jobs = new CatalogueJobs(database, client, settings, voices, options.Name, options.Log);
        var serverOptions = new BackgroundJobServerOptions
        {
            WorkerCount = options.Concurrency,
            Queues = [settings.QueueName],
            ServerName = options.Name,
            SchedulePollingInterval = options.RetryPollInterval,
            HeartbeatInterval = JobEngine.HeartbeatInterval(settings),
        };
        // The one constructor that takes the filters and the activator without touching Hangfire's global configuration
        // (several workers live in one process in the tests); Hangfire 1.8 marks it obsolete for 2.0, which replaces it.
#pragma warning disable CS0618
        using (var server = new BackgroundJobServer(serverOptions, storage, [], filters, new SingleActivator(jobs), null, null, null))
#pragma warning restore CS0618
        {
            options.Log($"Worker {options.Name}: Narrator {settings.Version}, {options.Concurrency} chapter(s) at once, queue {settings.QueueName} at {database.Where}.");
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var missingJobsDue = TimeSpan.Zero;
                while (true)
                {
                    if (clock.Elapsed >= missingJobsDue)
                    {
                        await EnqueueMissingJobsAsync(database, client, settings, options.Log, cancellationToken).ConfigureAwait(false);
                        missingJobsDue = clock.Elapsed + MissingJobsInterval;
                    }

                    await RequeueOrphanedJobsAsync(database, settings, options.Log, cancellationToken).ConfigureAwait(false);
                    await Task.Delay(JobEngine.SweepInterval(settings), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                options.Log($"Worker {options.Name}: stopping; chapters in progress go back to the queue.");
                server.SendStop();
            }
        }
    }

    /// <summary>The queue's database, checked for the version of its books and their shared folders, and Hangfire's storage over it.</summary>
    private static async Task<(QueueDatabase Database, Hangfire.PostgreSql.PostgreSqlStorage Storage)> StartAsync(QueueSettings settings, CancellationToken cancellationToken)
    {
        var database = await QueueDatabase.OpenAsync(settings.ConnectionString, cancellationToken).ConfigureAwait(false);
        try
        {
            await VersionCheck.EnsureAsync(database, settings, "worker", cancellationToken).ConfigureAwait(false);
            foreach (var root in await database.RunAsync(Ledger.UnfinishedRootsAsync, cancellationToken).ConfigureAwait(false))
            {
                SharedFolder.CheckWritable(root);
            }

            return (database, JobEngine.Storage(settings));
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Jobs of dead workers go back to the head of the queue (<see cref="OrphanedJobs"/>); a database that cannot be reached now is tried again next time.</summary>
    private static async Task RequeueOrphanedJobsAsync(QueueDatabase database, QueueSettings settings, Action<string> log, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (job, book, chapter) in await database.RunAsync((c, t) => OrphanedJobs.RequeueAsync(c, settings, t), cancellationToken).ConfigureAwait(false))
            {
                var what = book is null ? $"job {job}" : $"\"{book}\" chapter {chapter} (job {job})";
                log($"{what}: its worker stopped without finishing it (no sign of life for {settings.InvisibilityTimeout.TotalSeconds:0.#} s); put back at the head of the queue.");
            }
        }
        catch (Exception e) when (e is QueueException or NpgsqlException)
        {
            log($"Looking for chapters of stopped workers failed ({e.Message}); trying again in {JobEngine.SweepInterval(settings).TotalSeconds:0.#} s.");
        }
    }

    /// <summary>Chapters an interrupted submission left without a job get theirs (<see cref="MissingJobs"/>); a database that cannot be reached now is tried again next time.</summary>
    private static async Task EnqueueMissingJobsAsync(QueueDatabase database, IBackgroundJobClient client, QueueSettings settings, Action<string> log, CancellationToken cancellationToken)
    {
        try
        {
            var made = await database.RunAsync((c, t) => MissingJobs.EnqueueAsync(c, client, settings, null, t), cancellationToken).ConfigureAwait(false);
            if (made > 0)
            {
                log($"{made} chapter(s) were waiting without a job (a submission was interrupted): queued them.");
            }
        }
        catch (Exception e) when (e is QueueException or NpgsqlException or BackgroundJobClientException)
        {
            log($"Looking for chapters without a job failed ({e.Message}); trying again in {MissingJobsInterval.TotalSeconds:0} s.");
        }
    }

    /// <summary>Hands Hangfire the worker's one <see cref="CatalogueJobs"/>.</summary>
    private sealed class SingleActivator(CatalogueJobs jobs) : JobActivator
    {
        public override object ActivateJob(Type jobType) =>
            jobType == typeof(CatalogueJobs) ? jobs : throw new InvalidOperationException($"Not a Narrator job: {jobType}.");
    }
}
