using Narrator.Books;
using Narrator.Core;
using Narrator.Queue.Database;
using Narrator.Queue.Engine;
using Narrator.Queue.Jobs;
using Narrator.Queue.Storage;
using Narrator.Rendering;
using Narrator.Rendering.Planning;
using Narrator.Voices;

namespace Narrator.Queue.Catalogue;

/// <summary>
/// Puts a catalogue in the queue: every manuscript is read and planned first (one bad book stops the submission before
/// anything is queued), copied into the shared folder under its content hash, recorded with its chapters and their render
/// hashes (a book submitted again into the same folder queues only the chapters whose hash changed), and each chapter to
/// render enqueued as a job in this version's queue.
/// </summary>
internal static class CatalogueSubmitter
{
    /// <summary>Manuscripts as the workers read them: <c>&lt;shared&gt;/.narrator-queue/manuscripts/&lt;sha256&gt;/&lt;file name&gt;</c>.</summary>
    public const string ManuscriptsFolder = ".narrator-queue/manuscripts";

    public static async Task<IReadOnlyList<SubmittedBook>> SubmitAsync(QueueSettings settings, IReadOnlyList<CatalogueEntry> entries, SubmitOptions options, CancellationToken cancellationToken)
    {
        settings.Validate();
        if (entries.Count == 0)
        {
            throw new QueueException("No books to submit: name manuscripts, a .csv or a .json list.");
        }

        var root = Path.GetFullPath(options.SharedFolder);
        SharedFolder.CheckWritable(root);
        var planned = Plan(entries, root);
        var database = await QueueDatabase.OpenAsync(settings.ConnectionString, cancellationToken).ConfigureAwait(false);
        await using var closing = database.ConfigureAwait(false);
        await VersionCheck.EnsureAsync(database, settings, "submit", cancellationToken).ConfigureAwait(false);

        var gate = options.Gate ?? VoiceGate.Create();
        string fingerprint;
        string voiceName;
        var hashes = new List<IReadOnlyDictionary<int, string>>();
        using (var voice = gate.Open(new VoiceRequest { Voice = options.Voice, Use = BookRenderer.AudiobookUse, Publisher = options.Publisher }))
        {
            fingerprint = voice.Fingerprint;
            voiceName = options.Voice ?? voice.Name;
            foreach (var (entry, book, _) in planned)
            {
                if (LanguageMismatch.Find(book, voice.Language) is { } mismatch)
                {
                    throw new QueueException($"{entry.Manuscript}: {mismatch}");
                }

                using var renderer = ChapterRendering.Renderer(voice, book, audiobook: false);
                hashes.Add(renderer.RenderHashes(book));
            }
        }

        var client = JobEngine.Client(JobEngine.Storage(settings), settings);
        var submitted = new List<SubmittedBook>();
        foreach (var ((entry, book, plan), chapterHashes) in planned.Zip(hashes))
        {
            var queued = new QueuedBook(Guid.NewGuid(), book.Title, CopyManuscript(entry.Manuscript, root), root, Path.Combine(root, entry.FolderName), voiceName, fingerprint, options.Publisher, settings.Version);
            var chapters = plan.Chapters.Select(c => new QueuedChapter(c.Index, c.Title, c.EstimatedSeconds, chapterHashes[c.Index])).ToList();
            var (id, result, toRender) = await database.RunAsync((c, t) => Submissions.RecordAsync(c, queued, chapters, t), cancellationToken).ConfigureAwait(false);
            await database.RunAsync((c, t) => MissingJobs.EnqueueAsync(c, client, settings, id, t), cancellationToken).ConfigureAwait(false);
            if (result == SubmissionResult.Changed && await database.RunAsync((c, t) => Ledger.ReadyToAssembleAsync(c, id, t), cancellationToken).ConfigureAwait(false))
            {
                // Only chapters were removed, or only the title changed: nothing to render, the audiobook to make again.
                JobEngine.Enqueue(client, CatalogueJobs.Assembly(id), settings);
            }

            submitted.Add(new SubmittedBook(id, queued.Title, queued.Folder, chapters.Count, plan.EstimatedSeconds, result, toRender));
        }

        // Chapters an interrupted submission (this catalogue's or an earlier one) recorded without making their jobs.
        await database.RunAsync((c, t) => MissingJobs.EnqueueAsync(c, client, settings, null, t), cancellationToken).ConfigureAwait(false);
        return submitted;
    }

    private static List<(CatalogueEntry Entry, Book Book, RenderPlan Plan)> Plan(IReadOnlyList<CatalogueEntry> entries, string root)
    {
        foreach (var clash in entries.GroupBy(e => e.FolderName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new QueueException($"{string.Join(" and ", clash.Select(e => e.Manuscript))} would render into the same folder {Path.Combine(root, clash.Key)}: give each its own folder (the second column of a .csv list, \"folder\" in a .json list).");
        }

        return entries.Select(entry =>
        {
            if (!File.Exists(entry.Manuscript))
            {
                throw new QueueException($"{entry.Manuscript}: no such manuscript.");
            }

            if (entry.FolderName.IndexOfAny(['/', '\\']) >= 0 || entry.FolderName is "." or ".." || entry.FolderName.StartsWith(".narrator", StringComparison.Ordinal))
            {
                throw new QueueException($"{entry.Manuscript}: \"{entry.FolderName}\" is not a folder name inside the shared folder.");
            }

            var book = BookReader.Read(entry.Manuscript);
            var plan = RenderPlan.For(book);
            return plan.Chapters.Count == 0 ? throw new QueueException($"{entry.Manuscript}: no chapter to narrate.") : (entry, book, plan);
        }).ToList();
    }

    /// <summary>The manuscript copied where every worker reads it, named by its content so that a repeat copies nothing.</summary>
    private static string CopyManuscript(string manuscript, string root)
    {
        var folder = Path.Combine(root, ManuscriptsFolder, Sha256Hex.File(manuscript));
        var target = Path.Combine(folder, Path.GetFileName(manuscript));
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(folder);
            var temporary = target + $".{Environment.ProcessId}.tmp";
            File.Copy(manuscript, temporary, overwrite: true);
            File.Move(temporary, target, overwrite: true);
        }

        return target;
    }
}
