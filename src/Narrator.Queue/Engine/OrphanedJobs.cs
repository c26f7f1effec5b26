using Npgsql;

namespace Narrator.Queue.Engine;

/// <summary>
/// Puts the jobs of dead workers back at the head of the queue. Hangfire.PostgreSql 1.21 fetches with
/// <c>ORDER BY fetchedat NULLS FIRST, queue, jobid</c>: a job whose worker died keeps its old <c>fetchedat</c>, so once
/// its invisibility has timed out it still comes after every job never fetched, and in a long catalogue a killed
/// worker's chapter waits for the whole queue instead of the timeout. Every worker therefore sets <c>fetchedat</c> back
/// to NULL, as Hangfire's own requeue does, on the queue rows of its version whose <c>fetchedat</c> is older than the
/// invisibility timeout and whose job is not Processing on a server with a recent heartbeat; the job then comes first
/// again by its old id. Such a row is one Hangfire's fetch already hands out (its invisibility has run out), so this
/// changes when a timed-out job is taken, never whether: no repeat beyond what at-least-once delivery allows. A live
/// worker renews <c>fetchedat</c> of its jobs every fifth of the timeout and beats its server's heartbeat, so its rows
/// fail both tests.
/// </summary>
internal static class OrphanedJobs
{
    /// <summary>Requeues the orphaned jobs of <paramref name="settings"/>' queue; returns each one's id and, for a chapter, its book's title and index.</summary>
    public static async Task<List<(long Job, string? Book, int? Chapter)>> RequeueAsync(NpgsqlConnection connection, QueueSettings settings, CancellationToken cancellationToken)
    {
        var schema = JobEngine.SchemaName;
        // The inner SELECT locks the rows it picks and skips those a fetch holds right now; the outer test on fetchedat
        // is evaluated again on the row as it is once locked, so a job fetched meanwhile keeps its new fetchedat.
        await using var command = new NpgsqlCommand(
            $"""
            WITH orphaned AS (
                UPDATE "{schema}".jobqueue SET fetchedat = NULL
                WHERE fetchedat < now() - $2 AND id IN (
                    SELECT q.id FROM "{schema}".jobqueue q
                    WHERE q.queue = $1 AND q.fetchedat < now() - $2
                      AND NOT EXISTS (
                          SELECT 1 FROM "{schema}".job j
                          JOIN "{schema}".state s ON s.id = j.stateid
                          JOIN "{schema}".server v ON v.id = s.data ->> 'ServerId'
                          WHERE j.id = q.jobid AND j.statename = 'Processing' AND v.lastheartbeat >= now() - $3)
                    FOR UPDATE OF q SKIP LOCKED)
                RETURNING jobid)
            SELECT o.jobid, b.title, c.index FROM orphaned o
            LEFT JOIN narrator_queue.chapters c ON c.job_id = o.jobid::text
            LEFT JOIN narrator_queue.books b ON b.id = c.book_id
            ORDER BY o.jobid
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = settings.QueueName });
        command.Parameters.Add(new NpgsqlParameter { Value = settings.InvisibilityTimeout });
        command.Parameters.Add(new NpgsqlParameter { Value = JobEngine.ServerLiveness(settings) });
        var requeued = new List<(long, string?, int?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            requeued.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
        }

        return requeued;
    }
}
