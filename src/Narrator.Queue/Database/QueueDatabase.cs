using System.Net.Sockets;
using Npgsql;

namespace Narrator.Queue.Database;

/// <summary>
/// Narrator's own tables beside Hangfire's (schema <c>narrator_queue</c>): the books of the catalogue and the state of
/// each chapter, which <c>queue status</c> reads. Hangfire delivers the jobs; these tables record what came of them.
/// </summary>
internal sealed class QueueDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source;

    private QueueDatabase(NpgsqlDataSource source, string where)
    {
        _source = source;
        Where = where;
    }

    /// <summary>Host, port and database, for messages (never the password).</summary>
    public string Where { get; }

    /// <summary>The database behind <paramref name="connectionString"/>, reached once and its tables made when missing.</summary>
    public static async Task<QueueDatabase> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new QueueException($"The queue database's connection string is not valid ({e.Message}); expected Host=…;Port=…;Database=…;Username=….", inner: e);
        }

        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = 5;
        }

        var where = Describe(builder);
        var database = new QueueDatabase(NpgsqlDataSource.Create(builder.ConnectionString), where);
        try
        {
            await database.RunAsync(Schema.CreateAsync, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return database;
    }

    /// <summary>Host, port and database of <paramref name="connectionString"/>, for messages; null when it is not a connection string.</summary>
    public static string? Describe(string connectionString)
    {
        try
        {
            return Describe(new NpgsqlConnectionStringBuilder(connectionString));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The error for a database at <paramref name="where"/> that cannot be reached (<paramref name="cause"/>), saying how to fix it; <paramref name="tried"/> says how long it was tried.</summary>
    public static QueueException Unreachable(string where, Exception cause, string? tried = null) =>
        new($"The queue database at {where} cannot be reached{tried}: {cause.Message}. Start PostgreSQL there, or pass --db (or set {QueueSettings.DatabaseVariable}) with the right connection string.", inner: cause);

    /// <summary>Runs <paramref name="work"/> on a fresh connection; an unreachable server is an error naming it.</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw Unreachable(Where, e);
        }

        await using (connection.ConfigureAwait(false))
        {
            return await work(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="work"/> on a fresh connection.</summary>
    public Task RunAsync(Func<NpgsqlConnection, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync<bool>(async (c, t) =>
        {
            await work(c, t).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>Closes the pooled connections.</summary>
    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host ?? "localhost"}:{builder.Port} (database {builder.Database ?? builder.Username ?? "?"})";
}
