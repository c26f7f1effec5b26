using Narrator.Queue.Catalogue;
using Narrator.Queue.Database;
using Narrator.Queue.Status;

namespace Narrator.Queue;

/// <summary>The catalogue queue from a submitter's side: put books in, see how they stand. Workers: <see cref="Worker.QueueWorker"/>.</summary>
public static class CatalogueQueue
{
    /// <summary>Reads, plans and queues every book (nothing is queued when one of them is bad), a job per chapter.</summary>
    /// <exception cref="QueueException">A missing or unreadable manuscript or list, a shared folder missing or read-only, an unreachable database, another version's unfinished books (refused).</exception>
    public static Task<IReadOnlyList<SubmittedBook>> SubmitAsync(QueueSettings settings, IReadOnlyList<CatalogueEntry> books, SubmitOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(books);
        ArgumentNullException.ThrowIfNull(options);
        return CatalogueSubmitter.SubmitAsync(settings, books, options, cancellationToken);
    }

    /// <summary>Every queued book: chapters done, running, waiting, retrying and parked, errors, the time left.</summary>
    /// <exception cref="QueueException">The database cannot be reached.</exception>
    public static async Task<CatalogueProgress> StatusAsync(QueueSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var database = await QueueDatabase.OpenAsync(settings.ConnectionString, cancellationToken).ConfigureAwait(false);
        await using var _ = database.ConfigureAwait(false);
        return await database.RunAsync(StatusReader.ReadAsync, cancellationToken).ConfigureAwait(false);
    }
}
