using Narrator.Queue.Catalogue;
using Narrator.Queue.Status;
using Npgsql;

namespace Narrator.Queue.Database;

/// <summary>
/// Records a submitted book, keyed by its render folder, in one transaction: a new folder gets a new book; a folder
/// submitted before keeps its book, and only chapters whose render hash changed (or that were parked) go back to
/// waiting, so an unchanged book is a no-op. Jobs are made afterwards for every chapter waiting without one
/// (<see cref="Engine.MissingJobs"/>), so a submitter that dies in between leaves nothing that cannot be recovered.
/// </summary>
internal static class Submissions
{
    private sealed record Previous(Guid Id, string Title, string Manuscript, string Fingerprint, string Publisher, bool AssemblyFailed);

    public static async Task<(Guid Id, SubmissionResult Result, int ToRender)> RecordAsync(NpgsqlConnection connection, QueuedBook book, IReadOnlyList<QueuedChapter> chapters, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Ledger.ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtextextended($1, 1))", cancellationToken, book.Folder).ConfigureAwait(false);
        var previous = await PreviousAsync(connection, book.Folder, cancellationToken).ConfigureAwait(false);
        if (previous is null)
        {
            await Ledger.AddBookAsync(connection, book, chapters, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (book.Id, SubmissionResult.Queued, chapters.Count);
        }

        var old = await ChaptersAsync(connection, previous.Id, cancellationToken).ConfigureAwait(false);
        var changed = chapters.Where(c => !old.TryGetValue(c.Index, out var was) || was.Hash != c.WantedHash || was.Status == ChapterStatus.Parked).ToList();
        var removed = old.Keys.Where(i => chapters.All(c => c.Index != i)).ToArray();
        var bookChanged = previous.Manuscript != book.Manuscript || previous.Title != book.Title || previous.Fingerprint != book.VoiceFingerprint
            || previous.Publisher != book.Publisher || previous.AssemblyFailed;
        if (changed.Count == 0 && removed.Length == 0 && !bookChanged)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (previous.Id, SubmissionResult.Unchanged, 0);
        }

        await Ledger.ExecuteAsync(
            connection,
            "UPDATE narrator_queue.books SET title = $2, manuscript = $3, voice = $4, voice_fingerprint = $5, publisher = $6, version = $7, assembled_at = NULL, audiobook = NULL, assembly_error = NULL WHERE id = $1",
            cancellationToken,
            previous.Id, book.Title, book.Manuscript, book.Voice, book.VoiceFingerprint, book.Publisher, book.Version).ConfigureAwait(false);
        await Ledger.ExecuteAsync(connection, "DELETE FROM narrator_queue.chapters WHERE book_id = $1 AND index = ANY($2)", cancellationToken, previous.Id, removed).ConfigureAwait(false);
        foreach (var chapter in changed)
        {
            await Ledger.ExecuteAsync(
                connection,
                $"""
                INSERT INTO narrator_queue.chapters (book_id, index, title, estimated_seconds, wanted_hash) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (book_id, index) DO UPDATE SET title = $3, estimated_seconds = $4, wanted_hash = $5, status = '{ChapterStatus.Waiting}', job_id = NULL,
                    deliveries = 0, failures = 0, error = NULL, worker = NULL, started_at = NULL, finished_at = NULL, audio_seconds = NULL, render_hash = NULL
                """,
                cancellationToken,
                previous.Id, chapter.Index, chapter.Title, chapter.EstimatedSeconds, chapter.WantedHash).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (previous.Id, SubmissionResult.Changed, changed.Count);
    }

    private static async Task<Previous?> PreviousAsync(NpgsqlConnection connection, string folder, CancellationToken cancellationToken)
    {
        await using var command = Ledger.Command(
            connection,
            "SELECT id, title, manuscript, voice_fingerprint, publisher, assembly_error IS NOT NULL FROM narrator_queue.books WHERE folder = $1 ORDER BY submitted_at DESC LIMIT 1",
            [folder]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new Previous(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetBoolean(5))
            : null;
    }

    private static async Task<Dictionary<int, (string? Hash, string Status)>> ChaptersAsync(NpgsqlConnection connection, Guid book, CancellationToken cancellationToken)
    {
        await using var command = Ledger.Command(connection, "SELECT index, wanted_hash, status FROM narrator_queue.chapters WHERE book_id = $1", [book]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var chapters = new Dictionary<int, (string?, string)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chapters[reader.GetInt32(0)] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
        }

        return chapters;
    }
}
