using System.Globalization;
using Narrator.Books;
using Narrator.Core;
using Narrator.Phonemes.Pronunciation;
using Narrator.Queue.Database;
using Narrator.Queue.Engine;
using Narrator.Queue.Storage;
using Narrator.Rendering;
using Narrator.Rendering.Planning;
using Narrator.Rendering.State;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

namespace Narrator.Queue.Jobs;

/// <summary>
/// One chapter of a queued book, rendered by the book pipeline (<see cref="BookRenderer"/>, as <c>narrate --no-proof</c>
/// renders it) into a private staging folder inside the book's folder, then moved to its final names by rename. The
/// final files carry the chapter's render hash (text, voice, settings) in their tags and timings, so a second delivery
/// of the same chapter makes the same content under the same names and replaces the first whole: one file, never two,
/// never a torn one.
/// </summary>
internal static class ChapterRendering
{
    /// <summary>Temporaries of chapter jobs, inside each book's folder; the assembly removes what killed workers left.</summary>
    public const string StagingFolder = ".queue-staging";

    /// <summary>
    /// What the workers render with: the pipeline's defaults without proof-listening, as <c>narrate --no-proof</c>. A
    /// chapter job also encodes the chapter's AAC for the M4B, as <c>narrate</c> does, so the assembly joins them without encoding.
    /// </summary>
    public static RenderSettings Settings(bool audiobook) => new() { WriteAudiobook = audiobook, WriteChapterAac = true, Proof = null };

    /// <summary>The book pipeline as the queue runs it for <paramref name="manuscript"/>: the default voice settings, the book's own lexicon.</summary>
    public static BookRenderer Renderer(IVoice voice, Book manuscript, bool audiobook) =>
        BookRenderer.Create(voice, VoiceSettings.Default, PronunciationLexicon.Empty.With(manuscript.Lexicon), Settings(audiobook));

    public static Book ReadManuscript(QueuedBook book)
    {
        if (!File.Exists(book.Manuscript))
        {
            // Not parked: a shared folder that is not mounted yet on this worker is worth a retry.
            throw new QueueException($"{book.Manuscript}: the manuscript of \"{book.Title}\" is missing on {Environment.MachineName}; is the shared folder mounted?");
        }

        try
        {
            return BookReader.Read(book.Manuscript);
        }
        catch (NarratorException e) when (e.Kind == ErrorKind.BadInput)
        {
            throw new ParkedException(e.Message, e.Kind, e);
        }
    }

    /// <summary>Renders chapter <paramref name="chapter"/> and lands its files; returns its seconds of audio and render hash.</summary>
    public static async Task<(double Seconds, string Hash)> RenderAsync(QueuedBook book, int chapter, IVoice voice, IRenderProgress progress, CancellationToken cancellationToken)
    {
        var manuscript = ReadManuscript(book);
        if (chapter < 1 || chapter > manuscript.Chapters.Count)
        {
            throw new ParkedException($"{book.Manuscript}: \"{book.Title}\" has {manuscript.Chapters.Count} chapters now, not {chapter}; the manuscript changed after it was submitted.", ErrorKind.BadInput);
        }

        var staging = Path.Combine(book.Folder, StagingFolder, $"{chapter:D4}-{Guid.NewGuid():N}");
        try
        {
            using var renderer = Renderer(voice, manuscript, audiobook: false);
            var selection = ChapterSelection.Parse(chapter.ToString(CultureInfo.InvariantCulture), manuscript.Chapters.Count);
            var report = await renderer.RenderAsync(manuscript, staging, selection, progress, cancellationToken).ConfigureAwait(false);
            var result = report.Chapters.Single(c => c.Chapter.Index == chapter);
            await LandAsync(SharedFolder.At(book.Folder), staging, result.State, cancellationToken).ConfigureAwait(false);
            return (result.State.Files.Sum(f => f.Seconds), result.State.RenderedHash ?? string.Empty);
        }
        catch (RenderException e) when (e.Kind is ErrorKind.BadInput or ErrorKind.Refused && e.InnerException is not (IOException or UnauthorizedAccessException))
        {
            throw new ParkedException(e.Message, e.Kind, e);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>
    /// The timings and the AACs for the M4B (named by the render hash, and only this chapter's are in the staging folder)
    /// first, then each master and MP3 with its sidecar: the order the pipeline's recovery expects.
    /// </summary>
    private static async Task LandAsync(IChapterStore store, string staging, ChapterState state, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        if (state.Timings is { } timings)
        {
            files.Add(timings);
        }

        // Wherever the pipeline's layout puts them (.aac/ today), under the same relative path.
        files.AddRange(Directory.EnumerateFiles(staging, "*.aac", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(staging, f)).Order(StringComparer.Ordinal));

        foreach (var file in state.Files)
        {
            files.Add(file.Lossless + ".provenance.json");
            files.Add(file.Lossless);
            if (file.Mp3 is { } mp3)
            {
                files.Add(mp3 + ".provenance.json");
                files.Add(mp3);
            }
        }

        foreach (var relative in files.Where(f => File.Exists(Path.Combine(staging, f))))
        {
            await store.PublishAsync(Path.Combine(staging, relative), relative, cancellationToken).ConfigureAwait(false);
        }
    }
}
