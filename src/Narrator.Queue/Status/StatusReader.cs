using Narrator.Queue.Database;
using Npgsql;

namespace Narrator.Queue.Status;

/// <summary>Reads the catalogue's progress from the queue's tables; the pace is audio done over wall time since the first chapter started.</summary>
internal static class StatusReader
{
    private sealed record Row(Guid Book, string Title, string Folder, string? Audiobook, string? AssemblyError, int Index, string ChapterTitle, string Status, double Estimate, double? Audio, int Failures, string? Error, DateTimeOffset? Started, DateTimeOffset? Finished);

    public static async Task<CatalogueProgress> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT b.id, b.title, b.folder, b.audiobook, b.assembly_error, c.index, c.title, c.status, c.estimated_seconds, c.audio_seconds, c.failures, c.error, c.started_at, c.finished_at
            FROM narrator_queue.books b JOIN narrator_queue.chapters c ON c.book_id = b.id
            ORDER BY b.submitted_at, b.title, b.id, c.index
            """,
            connection))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new Row(
                    reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.GetInt32(5), reader.GetString(6), reader.GetString(7), reader.GetDouble(8), reader.IsDBNull(9) ? null : reader.GetDouble(9), reader.GetInt32(10),
                    reader.IsDBNull(11) ? null : reader.GetString(11),
                    reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12), reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13)));
            }
        }

        var done = rows.Where(r => r.Status == ChapterStatus.Done).ToList();
        double? pace = null;
        if (done.Count > 0 && rows.Where(r => r.Started is not null).Min(r => r.Started) is { } first && done.Max(r => r.Finished) is { } last && last > first)
        {
            pace = done.Sum(r => r.Audio ?? 0) / (last - first).TotalSeconds;
        }

        var books = rows.GroupBy(r => r.Book).Select(g => Book(g.ToList(), pace)).ToList();
        TimeSpan? eta = pace is { } p ? TimeSpan.FromSeconds(Math.Round(rows.Where(r => r.Status != ChapterStatus.Done && r.Status != ChapterStatus.Parked).Sum(r => r.Estimate) / p)) : null;
        return new CatalogueProgress(books, eta, pace);
    }

    private static BookProgress Book(List<Row> chapters, double? pace)
    {
        var first = chapters[0];
        int Count(string status) => chapters.Count(c => c.Status == status);
        var left = chapters.Where(c => c.Status is not (ChapterStatus.Done or ChapterStatus.Parked)).Sum(c => c.Estimate);
        TimeSpan? eta = first.Audiobook is not null || left == 0 ? TimeSpan.Zero : pace is { } p ? TimeSpan.FromSeconds(Math.Round(left / p)) : null;
        return new BookProgress(
            first.Book, first.Title, first.Folder, chapters.Count, Count(ChapterStatus.Done), Count(ChapterStatus.Running), Count(ChapterStatus.Waiting), Count(ChapterStatus.Retrying), Count(ChapterStatus.Parked),
            Math.Round(chapters.Sum(c => c.Audio ?? 0), 1), eta, first.Audiobook is { } m4b ? Path.Combine(first.Folder, m4b) : null, first.AssemblyError,
            chapters.Where(c => c.Error is not null && c.Status is ChapterStatus.Retrying or ChapterStatus.Parked).Select(c => new ChapterProblem(c.Index, c.ChapterTitle, c.Status, c.Failures, c.Error!)).ToList());
    }
}
