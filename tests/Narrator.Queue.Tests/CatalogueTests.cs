using Narrator.Core;
using Narrator.Queue.Catalogue;
using Narrator.Queue.Status;
using Npgsql;
using Xunit.Abstractions;

namespace Narrator.Queue.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Trait("Needs", "postgresql")]
[Collection(PostgresCollection.Name)]
public sealed partial class CatalogueTests(PostgresCluster postgres, ITestOutputHelper output) : IDisposable
{
    private const string Sentences = "The keeper climbed the stairs at dusk. He lit the lamp and watched the sea. A ship passed far out, its lights low on the water.";

    private readonly Catalogue _catalogue = new(postgres.NewDatabase());

    [Fact]
    public async Task Workers_TwoOnACatalogue_EveryChapterOnceEqualToASingleMachineRender()
    {
        var books = new[]
        {
            _catalogue.Book("keeper", "The Keeper", Sentences, "Morning came grey and cold."),
            _catalogue.Book("harbour", "The Harbour", "Boats rocked in the harbour."),
        };
        var submitted = await _catalogue.SubmitAsync(books);
        Assert.Equal([2, 1], submitted.Select(b => b.Chapters));
        // As if the submitter had died between recording the harbour and making its job: the workers make it.
        await DropJobsAsync(submitted[1].Id);

        var restarted = false;
        var progress = await _catalogue.RunWorkersAsync(2, TimeSpan.FromMinutes(4), p =>
        {
            // PostgreSQL goes down (as a crash would) and comes back once a chapter is done: nothing may be lost.
            if (!restarted && p.Books.Sum(b => b.Done) >= 1)
            {
                restarted = true;
                postgres.Restart();
            }
        });

        Assert.True(restarted);
        Assert.True(progress.IsFinished, Describe(progress));
        Assert.False(progress.AnyParked);
        foreach (var (manuscript, book) in books.Zip(submitted))
        {
            var alone = Path.Combine(_catalogue.Shared, "..", "alone", Path.GetFileNameWithoutExtension(manuscript));
            await Catalogue.RenderAloneAsync(manuscript, alone);
            var expected = Directory.GetFiles(Path.Combine(alone, "chapters"), "*.flac").Order(StringComparer.Ordinal).ToList();
            var actual = Directory.GetFiles(Path.Combine(book.Folder, "chapters"), "*.flac").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected.Select(Path.GetFileName), actual.Select(Path.GetFileName));
            Assert.Equal(expected.Select(Catalogue.AudioMd5), actual.Select(Catalogue.AudioMd5));
            Assert.Equal(book.Chapters, Directory.GetFiles(Path.Combine(book.Folder, "mp3"), "*.mp3").Length);
            Assert.True(File.Exists(Path.Combine(book.Folder, book.Title + ".m4b")), $"no audiobook in {book.Folder}");
            // Each chapter job encodes its AAC for the M4B, as narrate does, and the assembly joins them without encoding.
            Assert.Equal(book.Chapters, Directory.GetFiles(Path.Combine(book.Folder, ".aac"), "*.aac").Length);
            Assert.False(Directory.Exists(Path.Combine(book.Folder, ".queue-staging")));
            Assert.False(Directory.Exists(Path.Combine(book.Folder, ".work")));
        }

        Assert.Empty(Directory.GetFiles(_catalogue.Shared, "*.tmp*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(_catalogue.Shared, ".*.part", SearchOption.AllDirectories));

        // Submitted again unchanged: nothing to do. The keeper's second chapter rewritten: only it is rendered again.
        Assert.All(await _catalogue.SubmitAsync(books), b => Assert.Equal((SubmissionResult.Unchanged, 0), (b.Result, b.ChaptersToRender)));
        var keeper = Path.Combine(submitted[0].Folder, "chapters");
        var (firstWritten, secondBefore) = (File.GetLastWriteTimeUtc(Path.Combine(keeper, "01 - One.flac")), Catalogue.AudioMd5(Path.Combine(keeper, "02 - Two.flac")));
        _catalogue.Book("keeper", "The Keeper", Sentences, "Evening came warm and still.");
        var changed = Assert.Single(await _catalogue.SubmitAsync(books[0]));
        Assert.Equal((submitted[0].Id, SubmissionResult.Changed, 1), (changed.Id, changed.Result, changed.ChaptersToRender));

        progress = await _catalogue.RunWorkersAsync(1, TimeSpan.FromMinutes(3));

        Assert.True(progress.IsFinished, Describe(progress));
        Assert.Equal(firstWritten, File.GetLastWriteTimeUtc(Path.Combine(keeper, "01 - One.flac")));
        var aloneChanged = Path.Combine(_catalogue.Shared, "..", "alone-changed");
        await Catalogue.RenderAloneAsync(books[0], aloneChanged);
        var secondAfter = Catalogue.AudioMd5(Path.Combine(keeper, "02 - Two.flac"));
        Assert.NotEqual(secondBefore, secondAfter);
        Assert.Equal(Catalogue.AudioMd5(Path.Combine(aloneChanged, "chapters", "02 - Two.flac")), secondAfter);
    }

    [Fact]
    public async Task Submit_AfterASubmitterDiedBeforeMakingJobs_MakesTheMissingOnesAndAnUnchangedBookIsANoOp()
    {
        var book = _catalogue.Book("keeper", "The Keeper", Sentences, "Morning came grey and cold.");
        var first = Assert.Single(await _catalogue.SubmitAsync(book));
        Assert.Equal((SubmissionResult.Queued, 2), (first.Result, first.ChaptersToRender));
        await DropJobsAsync(first.Id);
        Assert.Equal(0, await QueuedJobsAsync());

        var again = Assert.Single(await _catalogue.SubmitAsync(book));
        var jobsAfterRecovery = await QueuedJobsAsync();
        var third = Assert.Single(await _catalogue.SubmitAsync(book));

        Assert.Equal((first.Id, SubmissionResult.Unchanged, 0), (again.Id, again.Result, again.ChaptersToRender));
        Assert.Equal(2, jobsAfterRecovery);
        Assert.Equal((SubmissionResult.Unchanged, 2), (third.Result, await QueuedJobsAsync()));
    }

    [Fact]
    public async Task Workers_ChapterThatAlwaysFails_IsParkedWithItsErrorWhileTheRestCompletesEachOnce()
    {
        // Chapters take several times the invisibility timeout here: a live worker's chapter must not be handed out again.
        _catalogue.Settings = new QueueSettings
        {
            ConnectionString = _catalogue.Settings.ConnectionString,
            InvisibilityTimeout = TimeSpan.FromSeconds(2),
            PollInterval = TimeSpan.FromMilliseconds(200),
            Attempts = 1,
            RetryDelays = [1],
        };
        // Four readings of the passage: twice took 3.0 s on a fast machine, too close to 1.5 timeouts.
        var fourTimes = string.Join(" ", Enumerable.Repeat(Sentences, 4));
        var good = _catalogue.Book("good", "Good Book", fourTimes, fourTimes);
        var poisoned = _catalogue.Book("poisoned", "Poisoned Book", fourTimes, "This one never lands.");
        // A folder squats on chapter 2's final name: landing it fails on every attempt.
        Directory.CreateDirectory(Path.Combine(_catalogue.Shared, "poisoned", "chapters", "02 - Two.flac"));
        await _catalogue.SubmitAsync(good, poisoned);

        var progress = await _catalogue.RunWorkersAsync(2, TimeSpan.FromMinutes(3));

        var goodBook = Assert.Single(progress.Books, b => b.Title == "Good Book");
        var bad = Assert.Single(progress.Books, b => b.Title == "Poisoned Book");
        Assert.True(goodBook.IsFinished, Describe(progress));
        Assert.True((bad.Done, bad.Parked, bad.Audiobook) == (1, 1, null), Describe(progress));
        var problem = Assert.Single(bad.Problems);
        Assert.Equal((2, ChapterStatus.Parked, 2), (problem.Chapter, problem.Status, problem.Failures));
        Assert.Contains("02 - Two.flac", problem.Error, StringComparison.Ordinal);
        Assert.True(progress.AnyParked);
        var (deliveries, shortest) = await DoneChaptersAsync();
        Assert.True(shortest > 1.5 * _catalogue.Settings.InvisibilityTimeout.TotalSeconds, $"a chapter took {shortest:0.0} s: too short to test the invisibility timeout");
        Assert.Equal(1, deliveries);
    }

    [Fact]
    public async Task Worker_OtherNarratorVersion_IsRefusedNamingBothVersions()
    {
        _catalogue.Settings = new QueueSettings { ConnectionString = _catalogue.Settings.ConnectionString, Version = "1.0.0+aaaa" };
        await _catalogue.SubmitAsync(_catalogue.Book("one", "One Book", "Hello."));
        _catalogue.Settings = new QueueSettings { ConnectionString = _catalogue.Settings.ConnectionString, Version = "1.0.1+bbbb" };

        var error = await Assert.ThrowsAsync<QueueException>(() => _catalogue.RunWorkersAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal(ErrorKind.Refused, error.Kind);
        Assert.Contains("Narrator 1.0.1+bbbb", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 by Narrator 1.0.0+aaaa", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_OneMissingManuscript_QueuesNothingAndNamesIt()
    {
        var good = _catalogue.Book("fine", "Fine", "Hello.");
        var missing = Path.Combine(_catalogue.Manuscripts, "missing.epub");

        var error = await Assert.ThrowsAsync<QueueException>(() => _catalogue.SubmitAsync(good, missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Empty((await CatalogueQueue.StatusAsync(_catalogue.Settings)).Books);
    }

    [Fact]
    public async Task Submit_SharedFolderMissing_NamesItAndHowToFixIt()
    {
        var book = _catalogue.Book("fine", "Fine", "Hello.");
        Directory.Delete(_catalogue.Shared);

        var error = await Assert.ThrowsAsync<QueueException>(() => _catalogue.SubmitAsync(book));

        Assert.Contains($"{_catalogue.Shared}: the shared folder does not exist", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _catalogue.Dispose();

    /// <summary>The state a submitter killed between recording <paramref name="book"/> and making its jobs leaves: its chapters wait without jobs.</summary>
    private async Task DropJobsAsync(Guid book)
    {
        await using var connection = new NpgsqlConnection(_catalogue.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            WITH jobs AS (SELECT job_id::bigint AS id FROM narrator_queue.chapters WHERE book_id = $1 AND job_id IS NOT NULL),
                 queued AS (DELETE FROM hangfire.jobqueue WHERE jobid IN (SELECT id FROM jobs)),
                 made AS (DELETE FROM hangfire.job WHERE id IN (SELECT id FROM jobs))
            UPDATE narrator_queue.chapters SET job_id = NULL WHERE book_id = $1
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = book });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Jobs waiting in this version's Hangfire queue.</summary>
    private async Task<long> QueuedJobsAsync()
    {
        await using var connection = new NpgsqlConnection(_catalogue.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM hangfire.jobqueue WHERE queue = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = _catalogue.Settings.QueueName });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The most deliveries of a done chapter, and the shortest time one took.</summary>
    private async Task<(int Deliveries, double Seconds)> DoneChaptersAsync()
    {
        await using var connection = new NpgsqlConnection(_catalogue.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT max(deliveries), min(extract(epoch FROM finished_at - started_at))::float8 FROM narrator_queue.chapters WHERE status = '{ChapterStatus.Done}'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetDouble(1));
    }

    private string Describe(CatalogueProgress progress) =>
        string.Join("; ", progress.Books.Select(b => $"{b.Title}: {b.Done}/{b.Chapters} done, {b.Running} running, {b.Waiting} waiting, {b.Retrying} retrying, {b.Parked} parked, m4b {b.Audiobook ?? "none"}, {string.Join(" | ", b.Problems.Select(p => p.Error))}"))
        + "\nlog:\n" + string.Join('\n', _catalogue.Log);
}
