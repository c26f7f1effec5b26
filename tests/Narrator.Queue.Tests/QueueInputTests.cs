using Narrator.Core;
using Narrator.Queue.Catalogue;
using Narrator.Queue.Storage;
using Narrator.Queue.Worker;
using Npgsql;

namespace Narrator.Queue.Tests;

public sealed class QueueInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator-queue-input-").FullName;

    [Fact]
    public void Read_CsvAndJsonLists_ResolvesPathsFromTheListFolderWithFolders()
    {
        File.WriteAllText(Path.Combine(_folder, "list.csv"), "manuscript,folder\n# a comment\na.epub\nsub/b.md,bee\n");
        File.WriteAllText(Path.Combine(_folder, "list.json"), """["c.txt", {"manuscript": "d.md", "folder": "dee"}]""");

        var entries = CatalogueList.Read([Path.Combine(_folder, "list.csv"), Path.Combine(_folder, "list.json"), "e.md"]);

        Assert.Equal(
            [(Path.Combine(_folder, "a.epub"), "a"), (Path.Combine(_folder, "sub", "b.md"), "bee"), (Path.Combine(_folder, "c.txt"), "c"), (Path.Combine(_folder, "d.md"), "dee"), (Path.GetFullPath("e.md"), "e")],
            entries.Select(e => (e.Manuscript, e.FolderName)));
    }

    [Fact]
    public void Read_CsvLineWithThreeFields_NamesTheFileAndLine()
    {
        var list = Path.Combine(_folder, "list.csv");
        File.WriteAllText(list, "a.epub\nb.md,b,extra\n");

        var error = Assert.Throws<QueueException>(() => CatalogueList.Read([list]));

        Assert.StartsWith($"{list} line 2: expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_NamesTheFileAndLine()
    {
        var list = Path.Combine(_folder, "list.json");
        File.WriteAllText(list, "[\n\"a.md\",\n{oops}\n]");

        var error = Assert.Throws<QueueException>(() => CatalogueList.Read([list]));

        Assert.StartsWith($"{list}: not valid JSON (line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_DatabaseUnreachable_NamesTheServerAndTheFix()
    {
        var port = PostgresCluster.FreePort();
        var settings = new QueueSettings { ConnectionString = $"Host=127.0.0.1;Port={port};Username=narrator;Database=narrator;Timeout=2" };

        var error = await Assert.ThrowsAsync<QueueException>(() => CatalogueQueue.StatusAsync(settings));

        Assert.StartsWith($"The queue database at 127.0.0.1:{port} (database narrator) cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains("--db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_DatabaseUnreachableForLongerThanItsWait_TriesWithBackoffThenNamesTheServer()
    {
        var port = PostgresCluster.FreePort();
        var settings = new QueueSettings { ConnectionString = $"Host=127.0.0.1;Port={port};Username=narrator;Database=narrator;Timeout=2" };
        var log = new List<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<QueueException>(() => QueueWorker.RunAsync(settings, new WorkerOptions { DatabaseWait = TimeSpan.FromSeconds(2), Log = log.Add }, CancellationToken.None));

        Assert.Matches($@"^The queue database at 127\.0\.0\.1:{port} \(database narrator\) cannot be reached \(tried [2-9] times in \d+(\.\d)? s\): ", error.Message);
        Assert.Contains("--db", error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.BadInput, error.Kind);
        Assert.InRange(clock.Elapsed.TotalSeconds, 2, 20);
        Assert.NotEmpty(log);
        Assert.All(log, l => Assert.Matches($@"^The queue database at 127\.0\.0\.1:{port} \(database narrator\) cannot be reached yet \(.+\); attempt \d, trying again in [0-9.]+ s \(giving up [0-9.]+ s from now\)\.$", l));
    }

    [Theory]
    [InlineData("57P03", true)] // the database system is starting up
    [InlineData("53300", true)] // too many connections
    [InlineData("28P01", false)] // password authentication failed
    [InlineData("3D000", false)] // database does not exist
    public void Cause_PostgresError_IsTransientOnlyWhenWaitingCanMendIt(string state, bool transient)
    {
        var error = new QueueException("unreachable", inner: new PostgresException("message", "FATAL", "FATAL", state));

        Assert.Equal(transient, DatabaseWait.Cause(error) is not null);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void CheckWritable_ReadOnlyFolder_SaysItCannotBeWritten()
    {
        // Root writes through permission bits, so under root a folder of /proc (where nothing can be made) stands in.
        var readOnly = Path.Combine(_folder, "read-only");
        Directory.CreateDirectory(readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var folder = Environment.UserName == "root" ? "/proc/self" : readOnly;

        var error = Assert.Throws<QueueException>(() => SharedFolder.CheckWritable(folder));

        Assert.StartsWith($"{folder}: the shared folder cannot be written", error.Message, StringComparison.Ordinal);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void ConnectionStringOrDefault_NoneGiven_SaysHowToGiveOne()
    {
        var saved = Environment.GetEnvironmentVariable(QueueSettings.DatabaseVariable);
        Environment.SetEnvironmentVariable(QueueSettings.DatabaseVariable, null);
        try
        {
            var error = Assert.Throws<QueueException>(() => QueueSettings.ConnectionStringOrDefault(null));
            Assert.Contains("--db", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(QueueSettings.DatabaseVariable, saved);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
