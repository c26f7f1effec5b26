using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Narrator.Books;
using Narrator.Core;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering;
using Narrator.Rendering.Planning;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// Renders submitted books one at a time, in order, as <c>narrate</c> would (mastered chapters, the M4B).
/// At start it takes up every job left queued or running, and their renders resume from what they had done.
/// </summary>
internal sealed class BookJobRunner(BookJobStore store, BookJobEvents events, VoiceGate gate, ILogger<BookJobRunner> log) : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();

    public void Enqueue(string id) => _queue.Writer.TryWrite(id);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var job in store.All().Where(j => !BookJobStatus.IsFinished(j.Status)))
        {
            log.LogInformation("Book job {Job} ({Status} when the server stopped) resumes.", job.Id, job.Status);
            Enqueue(job.Id);
        }

        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            await RunAsync(id, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(string id, CancellationToken stoppingToken)
    {
        var job = store.Get(id)!;
        store.Save(job with { Status = BookJobStatus.Running });
        events.Add(id, "status", new { status = BookJobStatus.Running });
        try
        {
            var book = BookReader.Read(store.ManuscriptOf(job));
            using var voice = gate.Open(new VoiceRequest { Voice = job.Voice, Use = BookRenderer.AudiobookUse, Publisher = job.Publisher });
            using var renderer = BookRenderer.Create(voice, VoiceSettings.Default, PronunciationLexicon.Empty.With(book.Lexicon), new RenderSettings());
            var report = await renderer.RenderAsync(book, store.OutputOf(id), ChapterSelection.All, new JobProgress(store, events, id), stoppingToken).ConfigureAwait(false);
            store.Save(store.Get(id)! with { Status = BookJobStatus.Done, Audiobook = report.AudiobookPath is { } m4b ? Path.GetFileName(m4b) : null });
            events.Add(id, "status", new { status = BookJobStatus.Done, audiobook = report.AudiobookPath is { } path ? Path.GetFileName(path) : null });
            log.LogInformation("Book job {Job} for key {Key} done: {Chapters} chapters.", id, job.KeyId, report.Chapters.Count);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            log.LogInformation("Book job {Job} stopped with the server; it resumes at the next start.", id);
        }
        catch (Exception e) when (e is NarratorException or IOException)
        {
            // The render's own message names the file, chapter or voice that failed; that is what the submitter needs.
            store.Save(store.Get(id)! with { Status = BookJobStatus.Failed, Error = e.Message });
            events.Add(id, "status", new { status = BookJobStatus.Failed, error = e.Message });
            log.LogWarning(e, "Book job {Job} failed.", id);
        }
    }
}
