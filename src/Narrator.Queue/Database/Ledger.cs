using Narrator.Queue.Status;
using Npgsql;

namespace Narrator.Queue.Database;

/// <summary>What the jobs record in the <c>narrator_queue</c> tables, one statement per change.</summary>
internal static class Ledger
{
    /// <summary>Inserts the book and its chapters (waiting, without jobs), inside the caller's transaction.</summary>
    public static async Task AddBookAsync(NpgsqlConnection connection, QueuedBook book, IReadOnlyList<QueuedChapter> chapters, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            connection,
            "INSERT INTO narrator_queue.books (id, title, manuscript, root, folder, voice, voice_fingerprint, publisher, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            cancellationToken,
            book.Id, book.Title, book.Manuscript, book.Root, book.Folder, book.Voice, book.VoiceFingerprint, book.Publisher, book.Version).ConfigureAwait(false);
        foreach (var chapter in chapters)
        {
            await ExecuteAsync(
                connection,
                "INSERT INTO narrator_queue.chapters (book_id, index, title, estimated_seconds, wanted_hash) VALUES ($1, $2, $3, $4, $5)",
                cancellationToken,
                book.Id, chapter.Index, chapter.Title, chapter.EstimatedSeconds, chapter.WantedHash).ConfigureAwait(false);
        }
    }

    public static async Task<QueuedBook?> BookAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id, title, manuscript, root, folder, voice, voice_fingerprint, publisher, version, assembled_at FROM narrator_queue.books WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new QueuedBook(
            reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8))
        {
            AssembledAt = reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
        };
    }

    public static async Task<string?> ChapterStatusAsync(NpgsqlConnection connection, Guid book, int chapter, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, "SELECT status FROM narrator_queue.chapters WHERE book_id = $1 AND index = $2", cancellationToken, book, chapter).ConfigureAwait(false) as string;

    public static Task StartAsync(NpgsqlConnection connection, Guid book, int chapter, string worker, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"UPDATE narrator_queue.chapters SET status = '{ChapterStatus.Running}', worker = $3, started_at = now(), deliveries = deliveries + 1 WHERE book_id = $1 AND index = $2", cancellationToken, book, chapter, worker);

    /// <summary>Done, unless the book was resubmitted with other text or settings for the chapter meanwhile (false): its new job renders it.</summary>
    public static async Task<bool> FinishAsync(NpgsqlConnection connection, Guid book, int chapter, double audioSeconds, string renderHash, CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection,
            $"UPDATE narrator_queue.chapters SET status = '{ChapterStatus.Done}', finished_at = now(), audio_seconds = $3, render_hash = $4, error = NULL WHERE book_id = $1 AND index = $2 AND (wanted_hash IS NULL OR wanted_hash = $4)",
            [book, chapter, audioSeconds, renderHash]);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public static Task FailAsync(NpgsqlConnection connection, Guid book, int chapter, string error, bool parked, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "UPDATE narrator_queue.chapters SET status = $3, failures = failures + 1, error = $4, finished_at = now() WHERE book_id = $1 AND index = $2", cancellationToken, book, chapter, parked ? ChapterStatus.Parked : ChapterStatus.Retrying, error);

    /// <summary>A chapter given back unfinished (the worker is stopping): it waits for the next worker.</summary>
    public static Task ReleaseAsync(NpgsqlConnection connection, Guid book, int chapter, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $"UPDATE narrator_queue.chapters SET status = '{ChapterStatus.Waiting}', worker = NULL WHERE book_id = $1 AND index = $2 AND status = '{ChapterStatus.Running}'", cancellationToken, book, chapter);

    /// <summary>True when every chapter of the book is done and its audiobook is not assembled yet.</summary>
    public static async Task<bool> ReadyToAssembleAsync(NpgsqlConnection connection, Guid book, CancellationToken cancellationToken) =>
        await ScalarAsync(
            connection,
            $"SELECT assembled_at IS NULL AND NOT EXISTS (SELECT 1 FROM narrator_queue.chapters WHERE book_id = $1 AND status <> '{ChapterStatus.Done}') FROM narrator_queue.books WHERE id = $1",
            cancellationToken,
            book).ConfigureAwait(false) is true;

    public static Task AssembledAsync(NpgsqlConnection connection, Guid book, string audiobook, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "UPDATE narrator_queue.books SET assembled_at = now(), audiobook = $2, assembly_error = NULL WHERE id = $1", cancellationToken, book, audiobook);

    public static Task AssemblyFailedAsync(NpgsqlConnection connection, Guid book, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "UPDATE narrator_queue.books SET assembly_error = $2 WHERE id = $1", cancellationToken, book, error);

    /// <summary>Held on <paramref name="connection"/> until it closes: one assembly of a book at a time.</summary>
    public static Task LockBookAsync(NpgsqlConnection connection, Guid book, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "SELECT pg_advisory_lock(hashtextextended($1::text, 0))", cancellationToken, book);

    /// <summary>Unfinished books (not assembled, nothing parked) submitted by another Narrator version, by version.</summary>
    public static async Task<List<(string Version, long Books)>> ForeignVersionsAsync(NpgsqlConnection connection, string version, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT version, count(*) FROM narrator_queue.books b
            WHERE version <> $1 AND assembled_at IS NULL AND assembly_error IS NULL
              AND NOT EXISTS (SELECT 1 FROM narrator_queue.chapters c WHERE c.book_id = b.id AND c.status = '{ChapterStatus.Parked}')
            GROUP BY version ORDER BY version
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        var found = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return found;
    }

    /// <summary>The shared folders that unfinished books render into.</summary>
    public static async Task<List<string>> UnfinishedRootsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT DISTINCT root FROM narrator_queue.books WHERE assembled_at IS NULL ORDER BY root", connection);
        var roots = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            roots.Add(reader.GetString(0));
        }

        return roots;
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
