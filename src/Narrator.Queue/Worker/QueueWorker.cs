using Hangfire;
using Narrator.Queue.Database;
using Narrator.Queue.Engine;
using Narrator.Queue.Jobs;
using Narrator.Queue.Storage;
using Narrator.Voices;

namespace Narrator.Queue.Worker;

/// <summary>
/// A worker: a Hangfire server on the queue's PostgreSQL storage that takes chapter and assembly jobs of this Narrator
/// version's queue until it is cancelled. Before it starts it checks the database, the version of the queued books and
/// that their shared folders exist here and can be written. It also makes the jobs of chapters an interrupted submission
/// left without one, at start and every minute.
/// </summary>
public static class QueueWorker
{
    private static readonly TimeSpan MissingJobsInterval = TimeSpan.FromMinutes(1);

    /// <summary>Runs a worker until <paramref name="cancellationToken"/> is cancelled; chapters in progress are given back to the queue.</summary>
    /// <exception cref="QueueException">The database cannot be reached, the queue holds another version's books (refused), or a shared folder is missing or read-only.</exception>
    public static async Task RunAsync(QueueSettings settings, WorkerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        settings.Validate();
        if (options.Concurrency is < 1 or > 64)
        {
            throw new QueueException($"The concurrency ({options.Concurrency}) must be between 1 and 64.");
        }

        var database = await QueueDatabase.OpenAsync(settings.ConnectionString, cancellationToken).ConfigureAwait(false);
        await using var closing = database.ConfigureAwait(false);
        await VersionCheck.EnsureAsync(database, settings, "worker", cancellationToken).ConfigureAwait(false);
        foreach (var root in await database.RunAsync(Ledger.UnfinishedRootsAsync, cancellationToken).ConfigureAwait(false))
        {
            SharedFolder.CheckWritable(root);
        }

        var storage = JobEngine.Storage(settings);
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
                while (true)
                {
                    await EnqueueMissingJobsAsync(database, client, settings, options.Log, cancellationToken).ConfigureAwait(false);
                    await Task.Delay(MissingJobsInterval, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                options.Log($"Worker {options.Name}: stopping; chapters in progress go back to the queue.");
                server.SendStop();
            }
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
        catch (Exception e) when (e is QueueException or Npgsql.NpgsqlException or BackgroundJobClientException)
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
