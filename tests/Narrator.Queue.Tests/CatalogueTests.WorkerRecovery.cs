using System.Globalization;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;
using Narrator.Queue.Database;
using Narrator.Queue.Engine;
using Narrator.Queue.Status;
using Npgsql;

namespace Narrator.Queue.Tests;

/// <summary>A dead worker's chapter comes back soon, not after the whole queue; a worker waits for a database that is starting.</summary>
public sealed partial class CatalogueTests
{
    private const string DeadServer = "dead-worker:4242:0d";

    private QueueSettings Settings => _catalogue.Settings;

    [Fact]
    public async Task Workers_ChapterOfAKilledWorker_IsTakenAgainBeforeTheChaptersQueuedBehindIt()
    {
        UseShortTimeout();
        var book = _catalogue.Book("keeper", "The Keeper", [.. Enumerable.Repeat("He lit the lamp and watched the sea.", 6)]);
        var submitted = Assert.Single(await _catalogue.SubmitAsync(book));
        // A worker takes chapter 1 (the first job) and is killed: its row stays fetched, its server stops beating.
        var storage = JobEngine.Storage(Settings);
        using var connection = storage.GetConnection();
        using var orphan = DieHolding(connection);
        var chapter = await ChapterOfJobAsync(orphan.JobId);
        Assert.Equal(1, chapter);
        await ExecuteAsync(c => Ledger.StartAsync(c, submitted.Id, chapter, DeadServer, CancellationToken.None));

        // Until the orphaned chapter is done again (before the sweep: once the queue had drained).
        await _catalogue.RunWorkersAsync(1, TimeSpan.FromMinutes(4), until: () => Logged("\"The Keeper\" chapter 1: done"));

        var starts = await StartsAsync();
        var orphanStarted = starts.Single(o => o.Chapter == chapter).Started;
        var behind = starts.Count(s => s.Chapter != chapter && (s.Started is null || s.Started > orphanStarted));
        var retaken = starts.Single(s => s.Chapter == chapter).SecondsAfterFetch;
        output.WriteLine($"orphaned chapter taken again {retaken:0.0} s after the dead worker took it, {behind} of 5 chapters still waiting behind it\n" + string.Join('\n', _catalogue.Log));
        // Before the sweep it came last (after every chapter queued behind it), as many minutes late as the queue is long.
        Assert.True(behind >= 2, $"the orphaned chapter was taken again {retaken:0.0} s after its worker took it, with only {behind} of 5 chapters behind it still waiting\n" + string.Join('\n', _catalogue.Log));
        Assert.True(Logged("\"The Keeper\" chapter 1 (job", "put back at the head of the queue"), string.Join('\n', _catalogue.Log));
        Assert.Equal(2, starts.Single(s => s.Chapter == chapter).Deliveries);
        Assert.All(starts.Where(s => s.Chapter != chapter), s => Assert.InRange(s.Deliveries, 0, 1));
    }

    [Fact]
    public async Task RequeueAsync_OnlyTimedOutRowsWithoutALiveHolder_AreReset()
    {
        UseShortTimeout();
        await _catalogue.SubmitAsync(_catalogue.Book("four", "Four Parts", "One.", "Two.", "Three.", "Four."));
        var storage = JobEngine.Storage(Settings);
        using var connection = storage.GetConnection();
        connection.AnnounceServer("live-worker:1:0a", new ServerContext { Queues = [Settings.QueueName], WorkerCount = 3 });
        using var heldByLive = Fetch(connection, "live-worker:1:0a");
        using var heldByDead = DieHolding(connection);
        using var freshOfDead = DieHolding(connection);
        using var neverStarted = connection.FetchNextJob([Settings.QueueName], CancellationToken.None);
        // Every row but the fresh one timed out long ago; the live server beat just now, the dead one an hour ago.
        await ExecuteAsync($"UPDATE hangfire.jobqueue SET fetchedat = now() - interval '1 minute' WHERE jobid IN ({heldByLive.JobId}, {heldByDead.JobId}, {neverStarted.JobId})");
        await ExecuteAsync($"UPDATE hangfire.server SET lastheartbeat = now() - interval '1 hour' WHERE id = '{DeadServer}'");

        await using var database = new NpgsqlConnection(Settings.ConnectionString);
        await database.OpenAsync();
        var requeued = await OrphanedJobs.RequeueAsync(database, Settings, CancellationToken.None);

        Assert.Equal(
            new (long, string?, int?)[] { (long.Parse(heldByDead.JobId, CultureInfo.InvariantCulture), "Four Parts", 2), (long.Parse(neverStarted.JobId, CultureInfo.InvariantCulture), "Four Parts", 4) },
            requeued);
        Assert.Equal(
            [(heldByLive.JobId, true), (heldByDead.JobId, false), (freshOfDead.JobId, true), (neverStarted.JobId, false)],
            await FetchedAsync());
    }

    [Fact]
    public async Task Worker_StartedWhilePostgresIsDown_WaitsForItThenRenders()
    {
        await _catalogue.SubmitAsync(_catalogue.Book("hello", "Hello", "Hello there, keeper."));
        postgres.Stop();
        CatalogueProgress progress;
        try
        {
            var back = Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(4));
                postgres.Start();
            });
            progress = await _catalogue.RunWorkersAsync(1, TimeSpan.FromMinutes(3));
            await back;
        }
        finally
        {
            postgres.Start();
        }

        Assert.True(progress.IsFinished, string.Join('\n', _catalogue.Log));
        Assert.Contains(_catalogue.Log, l => l.Contains($"The queue database at 127.0.0.1:{postgres.Port} (database ", StringComparison.Ordinal) && l.Contains("cannot be reached yet", StringComparison.Ordinal) && l.Contains("trying again in", StringComparison.Ordinal));
    }

    private void UseShortTimeout() => _catalogue.Settings = new QueueSettings
    {
        ConnectionString = _catalogue.Settings.ConnectionString,
        InvisibilityTimeout = TimeSpan.FromSeconds(2),
        PollInterval = TimeSpan.FromMilliseconds(200),
        Attempts = 1,
        RetryDelays = [1],
    };

    /// <summary>What a worker killed with kill -9 right after taking the next job leaves: a fetched row, the job Processing on a server whose heartbeat stops.</summary>
    private IFetchedJob DieHolding(IStorageConnection connection)
    {
        // This storage runs no server, so nothing renews the row: it is never given back, as after kill -9.
        connection.AnnounceServer(DeadServer, new ServerContext { Queues = [Settings.QueueName], WorkerCount = 1 });
        return Fetch(connection, DeadServer);
    }

    private IFetchedJob Fetch(IStorageConnection connection, string server)
    {
        var fetched = connection.FetchNextJob([Settings.QueueName], CancellationToken.None);
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetJobState(fetched.JobId, new ProcessingOn(server));
        transaction.Commit();
        return fetched;
    }

    private async Task<int> ChapterOfJobAsync(string job)
    {
        await using var connection = new NpgsqlConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT index FROM narrator_queue.chapters WHERE job_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = job });
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Whether a worker logged a line with all of <paramref name="parts"/>.</summary>
    private bool Logged(params string[] parts)
    {
        lock (_catalogue.Log)
        {
            return _catalogue.Log.Any(l => parts.All(p => l.Contains(p, StringComparison.Ordinal)));
        }
    }

    /// <summary>Each chapter: when a worker last started it (null: not yet), how long after the dead worker's fetch, and its deliveries.</summary>
    private async Task<List<(int Chapter, DateTime? Started, double? SecondsAfterFetch, int Deliveries)>> StartsAsync()
    {
        await using var connection = new NpgsqlConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT index, started_at, extract(epoch FROM started_at - (SELECT min(createdat) FROM hangfire.state WHERE name = 'Processing'))::float8, deliveries FROM narrator_queue.chapters ORDER BY index",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var starts = new List<(int, DateTime?, double?, int)>();
        while (await reader.ReadAsync())
        {
            starts.Add((reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1), reader.IsDBNull(2) ? null : reader.GetDouble(2), reader.GetInt32(3)));
        }

        return starts;
    }

    private async Task<List<(string Job, bool Fetched)>> FetchedAsync()
    {
        await using var connection = new NpgsqlConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT jobid::text, fetchedat IS NOT NULL FROM hangfire.jobqueue ORDER BY jobid", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, bool)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetBoolean(1)));
        }

        return rows;
    }

    private Task ExecuteAsync(string sql) => ExecuteAsync(c => Ledger.ExecuteAsync(c, sql, CancellationToken.None));

    private async Task ExecuteAsync(Func<NpgsqlConnection, Task> work)
    {
        await using var connection = new NpgsqlConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await work(connection);
    }

    /// <summary>Hangfire's Processing state as its worker records it (its own constructor is internal): the server and worker that hold the job.</summary>
    private sealed class ProcessingOn(string server) : IState
    {
        public string Name => ProcessingState.StateName;

        public string Reason => "Taken by a worker";

        public bool IsFinal => false;

        public bool IgnoreJobLoadException => false;

        public Dictionary<string, string> SerializeData() => new()
        {
            ["StartedAt"] = JobHelper.SerializeDateTime(DateTime.UtcNow),
            ["ServerId"] = server,
            ["WorkerId"] = Guid.NewGuid().ToString(),
        };
    }
}
