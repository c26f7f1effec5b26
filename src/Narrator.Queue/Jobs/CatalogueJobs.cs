using System.ComponentModel;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Narrator.Core;
using Narrator.Queue.Database;
using Narrator.Queue.Engine;
using Narrator.Rendering;

namespace Narrator.Queue.Jobs;

/// <summary>
/// The two jobs of a catalogue, as Hangfire stores and calls them: render one chapter, assemble one book. Hangfire
/// delivers each at least once (a worker killed mid-chapter has its job handed out again after the invisibility
/// timeout), so both are safe to run again: a chapter already done is not rendered twice, and one rendered twice lands
/// the same files by rename; an assembly takes the book's lock and does nothing when the M4B is made.
/// </summary>
public sealed class CatalogueJobs
{
    private readonly QueueDatabase _database;
    private readonly IBackgroundJobClient _client;
    private readonly QueueSettings _settings;
    private readonly VoiceShelf _voices;
    private readonly string _worker;
    private readonly Action<string> _log;

    internal CatalogueJobs(QueueDatabase database, IBackgroundJobClient client, QueueSettings settings, VoiceShelf voices, string worker, Action<string> log)
    {
        _database = database;
        _client = client;
        _settings = settings;
        _voices = voices;
        _worker = worker;
        _log = log;
    }

    internal static Job Chapter(Guid book, int chapter) => Job.FromExpression<CatalogueJobs>(j => j.RenderChapterAsync(book, chapter, null, CancellationToken.None));

    internal static Job Assembly(Guid book) => Job.FromExpression<CatalogueJobs>(j => j.AssembleAsync(book, null, CancellationToken.None));

    /// <summary>Renders chapter <paramref name="chapter"/> of the queued book <paramref name="book"/> into its folder, then enqueues the assembly when it was the last.</summary>
    /// <param name="book">The book's id in the queue.</param>
    /// <param name="chapter">The chapter's index (from 1).</param>
    /// <param name="context">Given by Hangfire: the attempt number.</param>
    /// <param name="cancellationToken">Given by Hangfire: the worker is stopping.</param>
    [DisplayName("Chapter {1} of book {0}")]
    public async Task RenderChapterAsync(Guid book, int chapter, PerformContext? context, CancellationToken cancellationToken)
    {
        var queued = await _database.RunAsync((c, t) => Ledger.BookAsync(c, book, t), cancellationToken).ConfigureAwait(false)
            ?? throw new ParkedException($"Book {book} is not in the queue (removed from the database?).", ErrorKind.BadInput);
        var status = await _database.RunAsync((c, t) => Ledger.ChapterStatusAsync(c, book, chapter, t), cancellationToken).ConfigureAwait(false);
        if (status != Status.ChapterStatus.Done)
        {
            await RenderAsync(queued, chapter, context, cancellationToken).ConfigureAwait(false);
        }

        // Also when the chapter was done before: a worker killed between finishing and this line left it to the redelivery.
        if (await _database.RunAsync((c, t) => Ledger.ReadyToAssembleAsync(c, book, t), cancellationToken).ConfigureAwait(false))
        {
            JobEngine.Enqueue(_client, Assembly(book), _settings);
        }
    }

    private async Task RenderAsync(QueuedBook book, int chapter, PerformContext? context, CancellationToken cancellationToken)
    {
        await _database.RunAsync((c, t) => Ledger.StartAsync(c, book.Id, chapter, _worker, t), cancellationToken).ConfigureAwait(false);
        _log($"\"{book.Title}\" chapter {chapter}: rendering.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var (seconds, hash) = await _voices.WithVoiceAsync(book, voice =>
                ChapterRendering.RenderAsync(book, chapter, voice, new QuietProgress(_log, book.Title), cancellationToken)).ConfigureAwait(false);
            if (await _database.RunAsync((c, t) => Ledger.FinishAsync(c, book.Id, chapter, seconds, hash, t), CancellationToken.None).ConfigureAwait(false))
            {
                _log($"\"{book.Title}\" chapter {chapter}: done, {seconds:0.0} s of audio in {clock.Elapsed.TotalSeconds:0.0} s.");
            }
            else
            {
                _log($"\"{book.Title}\" chapter {chapter}: the book was submitted again with changes while it rendered; its new job renders it again.");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _database.RunAsync((c, t) => Ledger.ReleaseAsync(c, book.Id, chapter, t), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception e)
        {
            var retry = context?.GetJobParameter<int>("RetryCount") ?? 0;
            var parked = e is ParkedException || retry >= _settings.Attempts;
            var message = e is NarratorException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            await _database.RunAsync((c, t) => Ledger.FailAsync(c, book.Id, chapter, message, parked, t), CancellationToken.None).ConfigureAwait(false);
            _log($"\"{book.Title}\" chapter {chapter}: failed ({(parked ? "parked" : $"attempt {retry + 1} of {_settings.Attempts + 1}, retried after a pause")}): {message}");
            throw;
        }
    }

    /// <summary>Assembles the M4B of <paramref name="book"/> from its chapter files, once every chapter is done; a second call does nothing.</summary>
    /// <param name="book">The book's id in the queue.</param>
    /// <param name="context">Given by Hangfire: the attempt number.</param>
    /// <param name="cancellationToken">Given by Hangfire: the worker is stopping.</param>
    [DisplayName("Audiobook of book {0}")]
    public async Task AssembleAsync(Guid book, PerformContext? context, CancellationToken cancellationToken)
    {
        await _database.RunAsync(
            async (connection, token) =>
            {
                await Ledger.LockBookAsync(connection, book, token).ConfigureAwait(false);
                var queued = await Ledger.BookAsync(connection, book, token).ConfigureAwait(false)
                    ?? throw new ParkedException($"Book {book} is not in the queue (removed from the database?).", ErrorKind.BadInput);
                if (queued.AssembledAt is not null || !await Ledger.ReadyToAssembleAsync(connection, book, token).ConfigureAwait(false))
                {
                    return;
                }

                try
                {
                    var audiobook = await _voices.WithVoiceAsync(queued, voice => AudiobookAssembly.AssembleAsync(queued, voice, new QuietProgress(_log, queued.Title), token)).ConfigureAwait(false);
                    await Ledger.AssembledAsync(connection, book, audiobook, CancellationToken.None).ConfigureAwait(false);
                    _log($"\"{queued.Title}\": audiobook {audiobook}.");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    var retry = context?.GetJobParameter<int>("RetryCount") ?? 0;
                    if (e is ParkedException || retry >= _settings.Attempts)
                    {
                        await Ledger.AssemblyFailedAsync(connection, book, e.Message, CancellationToken.None).ConfigureAwait(false);
                    }

                    _log($"\"{queued.Title}\": the audiobook failed: {e.Message}");
                    throw;
                }
            },
            cancellationToken).ConfigureAwait(false);
    }
}
