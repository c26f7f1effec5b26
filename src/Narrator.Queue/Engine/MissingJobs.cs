using Hangfire;
using Narrator.Queue.Database;
using Narrator.Queue.Jobs;
using Narrator.Queue.Status;
using Npgsql;
using NpgsqlTypes;

namespace Narrator.Queue.Engine;

/// <summary>
/// Makes the job of every chapter that waits without one: a book is recorded first and its jobs are made after, so a
/// submitter killed in between leaves chapters waiting with no job. The submitter runs this for its books, the next
/// <c>queue submit</c> and every worker (at start and then every minute) for all books of their version. Rows are
/// locked while their jobs are made and others skip them, so two processes never make the same chapter's job; a
/// process killed after making a job but before recording it leaves a second job for the chapter, which is harmless
/// (the chapter is done once, a repeat finds it done).
/// </summary>
internal static class MissingJobs
{
    public static async Task<int> EnqueueAsync(NpgsqlConnection connection, IBackgroundJobClient client, QueueSettings settings, Guid? book, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var missing = new List<(Guid Book, int Chapter)>();
        await using (var command = new NpgsqlCommand(
            $"""
            SELECT c.book_id, c.index FROM narrator_queue.chapters c JOIN narrator_queue.books b ON b.id = c.book_id
            WHERE c.status = '{ChapterStatus.Waiting}' AND c.job_id IS NULL AND b.version = $1 AND ($2::uuid IS NULL OR c.book_id = $2)
            ORDER BY b.submitted_at, c.book_id, c.index
            FOR UPDATE OF c SKIP LOCKED
            """,
            connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = settings.Version });
            command.Parameters.Add(new NpgsqlParameter { Value = book is { } id ? id : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                missing.Add((reader.GetGuid(0), reader.GetInt32(1)));
            }
        }

        foreach (var (bookId, chapter) in missing)
        {
            var job = JobEngine.Enqueue(client, CatalogueJobs.Chapter(bookId, chapter), settings);
            await Ledger.ExecuteAsync(connection, "UPDATE narrator_queue.chapters SET job_id = $3 WHERE book_id = $1 AND index = $2", cancellationToken, bookId, chapter, job).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return missing.Count;
    }
}
