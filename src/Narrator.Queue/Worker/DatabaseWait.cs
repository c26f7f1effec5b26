using System.Globalization;
using System.Net.Sockets;
using Narrator.Queue.Database;
using Npgsql;

namespace Narrator.Queue.Worker;

/// <summary>
/// A worker's start while PostgreSQL is still starting up (<c>57P03</c>), restarting, or briefly unreachable: it tries
/// again with backoff (1, 2, 4, 8, then every 15 s), telling each attempt, for a bounded time; then it gives up with the
/// error naming the database. Only failures Npgsql calls transient (connection refused or reset, timeouts, "the database
/// system is starting up", too many connections) are tried again: a wrong password or a missing database fails at once.
/// </summary>
internal static class DatabaseWait
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(15);

    /// <summary>Runs <paramref name="start"/> until it succeeds, fails for another reason, or <paramref name="limit"/> has passed.</summary>
    public static async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> start, string connectionString, TimeSpan limit, Action<string> log, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pause = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await start(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (Cause(e) is { } cause)
            {
                var where = QueueDatabase.Describe(connectionString) ?? "the connection string given";
                var left = limit - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    var tried = limit > TimeSpan.Zero ? $" (tried {attempt} times in {Seconds(clock.Elapsed)})" : null;
                    throw QueueDatabase.Unreachable(where, cause, tried);
                }

                var wait = pause < left ? pause : left;
                log($"The queue database at {where} cannot be reached yet ({cause.Message}); attempt {attempt}, trying again in {Seconds(wait)} (giving up {Seconds(left)} from now).");
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
        }
    }

    /// <summary>The transient database failure behind <paramref name="error"/> (Npgsql's own judgement), or null when it is not one.</summary>
    public static Exception? Cause(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException npgsql:
                    return npgsql.IsTransient ? npgsql : null;
                case SocketException or TimeoutException:
                    return e;
                default:
                    break;
            }
        }

        return null;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
