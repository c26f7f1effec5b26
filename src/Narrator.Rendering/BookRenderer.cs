using System.Globalization;
using Narrator.Books;
using Narrator.Core;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Proof;
using Narrator.Rendering.State;
using Narrator.Rendering.Timing;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering;

/// <summary>
/// Renders a book chapter by chapter into a render folder. Progress is saved after every chapter,
/// so a run that is interrupted, however it ends, is finished by running it again; chapters whose
/// text, voice and settings did not change are not rendered twice.
/// </summary>
public sealed class BookRenderer : IDisposable
{
    private readonly VoiceCast _cast;
    private readonly VoiceCast? _ownedCast;
    private readonly CastSpeakers _speakers;
    private readonly RenderSettings _settings;
    private readonly string _settingsHash;

    private BookRenderer(VoiceCast cast, VoiceCast? ownedCast, CastSpeakers speakers, RenderSettings settings, string settingsHash)
    {
        _cast = cast;
        _ownedCast = ownedCast;
        _speakers = speakers;
        _settings = settings;
        _settingsHash = settingsHash;
    }

    /// <summary>The narrator's voice.</summary>
    public IVoice Voice => _cast.Narrator.Voice;

    /// <summary>The use a voice made from a person's recordings must have been let through the consent gate for.</summary>
    public const string AudiobookUse = "audiobook";

    /// <summary>
    /// A renderer speaking with <paramref name="voice"/> (which it does not dispose). A voice made
    /// from a person's recordings must come from the consent gate (Narrator.Voices) for the audiobook use.
    /// </summary>
    public static BookRenderer Create(IVoice voice, VoiceSettings voiceSettings, PronunciationLexicon lexicon, RenderSettings settings)
    {
        var solo = VoiceCast.Solo(voice, voiceSettings);
        return Create(solo, lexicon, settings, owned: solo);
    }

    /// <summary>
    /// A renderer reading with a cast of voices: narration by the narrator, each character's dialogue by their voice
    /// (which it does not dispose). Every voice made from a person's recordings must come from the consent gate for
    /// the audiobook use; a voice that cannot take its entry's settings is an error naming the entry.
    /// </summary>
    public static BookRenderer Create(VoiceCast cast, PronunciationLexicon lexicon, RenderSettings settings) => Create(cast, lexicon, settings, owned: null);

    private static BookRenderer Create(VoiceCast cast, PronunciationLexicon lexicon, RenderSettings settings, VoiceCast? owned)
    {
        ArgumentNullException.ThrowIfNull(cast);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var voice in cast.All.Select(v => v.Voice))
        {
            if (voice.Consent is { } consent && !string.Equals(consent.Use, AudiobookUse, StringComparison.OrdinalIgnoreCase))
            {
                throw new RenderException($"Voice '{voice.Name}' was let through its consent check for '{consent.Use}', not for an audiobook: load it for the '{AudiobookUse}' use to narrate a book.", ErrorKind.Refused);
            }
        }

        settings.Validate();
        var speakers = CastSpeakers.Create(cast, (voice, retake) => new SynthesisOptions
        {
            Voice = Retakes.Settings(voice.Settings, retake),
            MaxUtteranceLength = Retakes.MaxUtteranceLength(SynthesisOptions.Default.MaxUtteranceLength, retake),
            Pronunciations = lexicon,
            SentencePause = settings.SentencePause,
            ParagraphPause = settings.ParagraphPause,
            WatermarkKey = settings.WatermarkKey,
        });
        return new BookRenderer(cast, owned, speakers, settings, SettingsHash(cast.Narrator.Signature(), lexicon, settings));
    }

    /// <summary>
    /// Everything besides the text that changes the audio, hashed. Numbers are written culture-invariantly,
    /// so the same settings give the same hash on every host. Pitch and energy are written only when
    /// they are not the default, so that renders made before they existed stay current.
    /// </summary>
    internal static string SettingsHash(string voiceFingerprint, VoiceSettings voiceSettings, PronunciationLexicon lexicon, RenderSettings settings) =>
        SettingsHash(CastVoice.Signature(voiceFingerprint, voiceSettings), lexicon, settings);

    private static string SettingsHash(string narratorSignature, PronunciationLexicon lexicon, RenderSettings settings)
    {
        var lexiconText = string.Join('\n', lexicon.Entries.Select(e => $"{e.Grapheme}\t{e.Phonemes}\t{e.Alphabet}\t{e.Alias}"));
        return ContentHash.Of($"{narratorSignature}\n{settings.AudioSignature()}\n{lexiconText}");
    }

    /// <summary>Renders the selected chapters of <paramref name="book"/> into <paramref name="folderPath"/> (created when missing) and assembles the audiobook; chapters already rendered with the same text and settings are kept. Interrupted, it is finished by calling it again.</summary>
    /// <param name="book">The manuscript, as <c>BookReader.Read</c> gives it.</param>
    /// <param name="folderPath">The render folder: <c>render.json</c>, <c>chapters/</c>, <c>mp3/</c>, the M4B and the report.</param>
    /// <param name="selection">The chapters to render; <see cref="ChapterSelection.All"/> for the book.</param>
    /// <param name="progress">Told of each step as it happens, possibly from several threads.</param>
    /// <param name="cancellationToken">Stops the render; finished chapters stay finished.</param>
    /// <returns>Every selected chapter's files and levels, the audiobook's path and the warnings.</returns>
    /// <exception cref="RenderException">The folder holds another book's render, a file cannot be written, or encoding failed; the message names the chapter or file.</exception>
    public async Task<RenderReport> RenderAsync(Book book, string folderPath, ChapterSelection selection, IRenderProgress progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(progress);
        if (!_settings.AnyLanguage && LanguageMismatch.Find(book, Voice.Language) is { } mismatch)
        {
            throw new RenderException(mismatch + " (or allow it with RenderSettings.AnyLanguage, 'narrate --any-language').");
        }

        var voicing = BookVoicing.For(book, _cast);
        if (_cast.Inline.Values.FirstOrDefault(v => !_speakers.Speaks(v)) is { } late)
        {
            throw new RenderException($"{late.Label}: it was loaded after the renderer was created; call VoiceCast.Direct before BookRenderer.Create.");
        }

        using var folder = RenderFolder.Prepare(folderPath);
        var plan = Plan(book);
        var state = RenderStateStore.Load(folder.Root, out var warning) ?? new RenderState();
        var warnings = new List<string>();
        if (warning is not null)
        {
            Warn(warning);
        }

        foreach (var note in ForeignPassages.For(book, Voice.Language).Notes(book.Chapters))
        {
            Warn(note);
        }

        foreach (var name in _cast.Unheard(voicing.Speakers.Concat(_cast.Inline.Keys)))
        {
            Warn($"{_cast.Characters[name].Label}: no line of the book is attributed to '{name}' and no passage names them inline, so this voice is not used; 'narrator cast' lists the names it found.");
        }

        var hashes = plan.Chapters.ToDictionary(c => c.Index, c => RenderHash(c, voicing));
        var entries = Reconcile(state, book, plan, folder, hashes);
        await RecoverAsync(book, voicing, plan, selection, entries, state, folder, hashes, Warn, cancellationToken).ConfigureAwait(false);
        var toRender = plan.Chapters.Where(c => Selected(c, selection) && !IsCurrent(entries[c.Index], folder)).ToList();
        progress.Started(plan, toRender);
        RenderStateStore.Save(folder.Root, state);

        var renderer = new ChapterRenderer(_speakers, voicing, _settings, folder, book);
        var rendered = await RenderChaptersAsync(renderer, toRender, entries, state, folder, hashes, progress, cancellationToken).ConfigureAwait(false);
        string? audiobook = null;
        if (_settings.WriteAudiobook && plan.Chapters.All(c => IsCurrent(entries[c.Index], folder)))
        {
            audiobook = await AudiobookAssembly.UpdateAsync(book, plan, state, folder, _settings, voicing, progress, cancellationToken).ConfigureAwait(false);
            RenderStateStore.Save(folder.Root, state);
        }
        else if (_settings.WriteAudiobook)
        {
            Warn("The audiobook (M4B) is assembled once every chapter is rendered; run again without --chapters to finish it.");
        }

        var (readAlong, captions) = await TimedOutputsAsync(book, plan, entries, state, folder, Warn, cancellationToken).ConfigureAwait(false);
        var proof = await ProofAsync(book, plan, entries, folder, Warn, cancellationToken).ConfigureAwait(false);
        folder.RemoveWork();
        var results = plan.Chapters.Where(c => IsCurrent(entries[c.Index], folder))
            .Select(c => new ChapterResult(c, entries[c.Index], rendered.Contains(c.Index)))
            .ToList();
        var report = new RenderReport(folder.Root, results, audiobook, warnings) { ReadAlongPath = readAlong, CaptionPaths = captions, Proof = proof };
        ReportFile.Write(folder, report);
        return report;

        void Warn(string message)
        {
            warnings.Add(message);
            progress.Warning(message);
        }
    }

    /// <summary>
    /// Each chapter's render hash, by chapter index: what its files carry once this renderer has rendered it (its text,
    /// the voices heard in it and every setting that changes the audio). Two renders with equal hashes have the same
    /// audio, so a scheduler can render again only the chapters whose hash changed.
    /// </summary>
    /// <param name="book">The manuscript, as <c>BookReader.Read</c> gives it.</param>
    public IReadOnlyDictionary<int, string> RenderHashes(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var voicing = BookVoicing.For(book, _cast);
        return Plan(book).Chapters.ToDictionary(c => c.Index, c => RenderHash(c, voicing));
    }

    private RenderPlan Plan(Book book) =>
        RenderPlan.For(book, credits: _settings.Credits is { } credits ? credits with { OfAPerson = Voice.Consent is not null } : null);

    /// <summary>
    /// The read-along EPUB and captions, when asked for, from the timings of the current chapters (all of them for the
    /// EPUB, which is made again only when a chapter, the manuscript or Narrator changed). Timings that are missing or no
    /// longer match their files are an error naming the chapter; nothing is deleted.
    /// </summary>
    private async Task<(string? ReadAlong, List<string> Captions)> TimedOutputsAsync(
        Book book, RenderPlan plan, Dictionary<int, ChapterState> entries, RenderState state, RenderFolder folder, Action<string> warn, CancellationToken cancellationToken)
    {
        if (!_settings.WriteReadAlong && !_settings.WriteCaptions)
        {
            return (null, []);
        }

        var current = plan.Chapters.Where(c => IsCurrent(entries[c.Index], folder)).Select(c => (c, entries[c.Index])).ToList();
        var timed = await TimedChapters.LoadAsync(folder, current, cancellationToken).ConfigureAwait(false);
        var captions = _settings.WriteCaptions ? timed.SelectMany(t => Captions.Write(folder, t.Timings)).ToList() : [];
        if (_settings.WriteCaptions)
        {
            Captions.RemoveOthers(folder, captions);
        }
        if (!_settings.WriteReadAlong)
        {
            return (null, captions);
        }

        if (current.Count < plan.Chapters.Count)
        {
            warn("The read-along EPUB is made once every chapter is rendered; run again without --chapters to finish it.");
            return (null, captions);
        }

        var source = File.Exists(book.SourcePath) ? Core.Sha256Hex.File(book.SourcePath) : book.SourcePath;
        var hash = ContentHash.Of(string.Join('\n', timed.Select(t => t.State.RenderedHash).Append(book.Title).Append(source).Append(Synthesis.Provenance.ProvenanceRecord.Version)));
        var path = folder.ReadAlongPath(book.Title);
        if (state.ReadAlong is { } made && made.Hash == hash && made.Path == folder.Relative(path) && File.Exists(path))
        {
            made.Warnings.ForEach(warn);
            return (path, captions);
        }

        var result = await ReadAlongExport.WriteAsync(book, folder, timed, cancellationToken).ConfigureAwait(false);
        foreach (var warning in result.Warnings)
        {
            warn(warning);
        }

        if (state.ReadAlong is { } old && old.Path != folder.Relative(result.Path))
        {
            File.Delete(folder.Absolute(old.Path));
        }

        state.ReadAlong = new ReadAlongState { Path = folder.Relative(result.Path), Hash = hash, Warnings = [.. result.Warnings] };
        RenderStateStore.Save(folder.Root, state);
        return (result.Path, captions);
    }

    /// <summary>
    /// The proof report of the current chapters, when proof-listening is on: chapters rendered now were heard as they
    /// were rendered; chapters rendered earlier without it are heard from their files. A chapter whose timings cannot
    /// be read is a warning, not an error: its audio stands.
    /// </summary>
    private async Task<ProofReport?> ProofAsync(
        Book book, RenderPlan plan, Dictionary<int, ChapterState> entries, RenderFolder folder, Action<string> warn, CancellationToken cancellationToken)
    {
        if (_settings.Proof is not { } proof)
        {
            return null;
        }

        var chapters = new List<ChapterTimings>();
        foreach (var state in plan.Chapters.Where(c => IsCurrent(entries[c.Index], folder)).Select(c => entries[c.Index]))
        {
            try
            {
                var timings = (await TimedChapters.LoadAsync(folder, [state], cancellationToken).ConfigureAwait(false))[0];
                if (timings.Utterances.Any(u => u.Proof is null))
                {
                    await MasterProofreader.ProofAsync(folder, folder.Absolute(state.Timings!), timings, proof.Recognizer, cancellationToken).ConfigureAwait(false);
                }

                chapters.Add(timings);
            }
            catch (RenderException e)
            {
                warn($"Not proof-listened: {e.Message}");
            }
        }

        var report = ProofReport.From(proof.Recognizer.Name, chapters);
        ProofPage.Write(folder.Root, book.Title, report);
        return report;
    }

    /// <summary>Releases the renderer's own resources; the voices it was given stay their owners'.</summary>
    public void Dispose()
    {
        _speakers.Dispose();
        _ownedCast?.Dispose();
    }

    private async Task<HashSet<int>> RenderChaptersAsync(
        ChapterRenderer renderer,
        List<PlannedChapter> chapters, Dictionary<int, ChapterState> entries, RenderState state, RenderFolder folder, Dictionary<int, string> hashes, IRenderProgress progress, CancellationToken cancellationToken)
    {
        var rendered = new HashSet<int>();
        var gate = new object();

        // Jobs chapters speak at once; each one's mastering and encoding (ffmpeg) overlaps the next one's speech.
        // A chapter is handed out only once it holds a voice slot, so chapters start speaking in book order.
        using var voiceSlots = new SemaphoreSlim(_settings.Jobs);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 * _settings.Jobs, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(WithVoiceSlot(chapters, voiceSlots, cancellationToken), parallel, async (chapter, token) =>
        {
            progress.ChapterStarted(chapter);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var files = await renderer.RenderAsync(chapter, hashes[chapter.Index], () => voiceSlots.Release(), progress, token).ConfigureAwait(false);
            var entry = entries[chapter.Index];
            lock (gate)
            {
                entry.RenderSeconds = clock.Elapsed.TotalSeconds;
                Finish(entry, chapter, files, hashes[chapter.Index], state, folder);
                rendered.Add(chapter.Index);
            }

            progress.ChapterFinished(new ChapterResult(chapter, entry, RenderedNow: true));
        }).ConfigureAwait(false);
        return rendered;
    }

    private static async IAsyncEnumerable<PlannedChapter> WithVoiceSlot(
        List<PlannedChapter> chapters, SemaphoreSlim voiceSlots, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chapter in chapters)
        {
            await voiceSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
            yield return chapter;
        }
    }

    /// <summary>
    /// Chapters whose finished masters are on disk, tagged with their current render hash, but whose state was
    /// not saved (the run was killed in between) are finished from those files instead of being synthesized again.
    /// </summary>
    private async Task RecoverAsync(
        Book book, BookVoicing voicing, RenderPlan plan, ChapterSelection selection, Dictionary<int, ChapterState> entries, RenderState state, RenderFolder folder, Dictionary<int, string> hashes, Action<string> warn, CancellationToken cancellationToken)
    {
        var recovery = new ChapterRecovery(folder, _settings, chapter => voicing.Provenance(chapter, book.Title, _settings.WatermarkKey));
        foreach (var chapter in plan.Chapters.Where(c => Selected(c, selection) && !IsCurrent(entries[c.Index], folder)))
        {
            var hash = hashes[chapter.Index];
            if (await recovery.TryAsync(chapter, hash, warn, cancellationToken).ConfigureAwait(false) is not { } files)
            {
                continue;
            }

            Finish(entries[chapter.Index], chapter, files, hash, state, folder);
        }
    }

    /// <summary>Records a chapter's new files and timings, saves the state, then removes what they replaced.</summary>
    private static void Finish(ChapterState entry, PlannedChapter chapter, List<ChapterFileState> files, string hash, RenderState state, RenderFolder folder)
    {
        var previous = entry.Files;
        var previousTimings = entry.Timings;
        entry.Files = files;
        entry.Timings = folder.Relative(folder.TimingsPath(chapter));
        entry.Status = ChapterStatus.Done;
        entry.RenderedHash = hash;
        RenderStateStore.Save(folder.Root, state);
        RemoveReplaced(previous, files, folder);
        if (previousTimings is not null && previousTimings != entry.Timings)
        {
            File.Delete(folder.Absolute(previousTimings));
        }
    }

    /// <summary>Lines the saved state up with the plan: entries keep their progress while the chapter index still exists.</summary>
    private Dictionary<int, ChapterState> Reconcile(RenderState state, Book book, RenderPlan plan, RenderFolder folder, Dictionary<int, string> hashes)
    {
        var old = state.Chapters.ToDictionary(c => c.Index);
        state.Title = book.Title;
        state.Author = book.Author;
        state.Source = book.SourcePath;
        state.Voice = Voice.Name;
        state.VoiceFingerprint = Voice.Fingerprint;
        state.SettingsHash = _settingsHash;
        state.Chapters = plan.Chapters.Select(c =>
        {
            var entry = old.GetValueOrDefault(c.Index) ?? new ChapterState { Index = c.Index };
            entry.Title = c.Title;
            entry.Kind = c.Kind.ToString().ToLowerInvariant();
            entry.Words = c.Words;
            entry.EstimatedSeconds = Math.Round(c.EstimatedSeconds, 1);
            entry.TextHash = c.TextHash;
            if (entry.RenderedHash != hashes[c.Index])
            {
                entry.Status = ChapterStatus.Pending;
            }

            return entry;
        }).ToList();
        foreach (var gone in old.Values.Where(o => state.Chapters.All(c => c.Index != o.Index)))
        {
            RemoveReplaced(gone.Files, [], folder);
            if (gone.Timings is not null)
            {
                File.Delete(folder.Absolute(gone.Timings));
            }
        }

        return state.Chapters.ToDictionary(c => c.Index);
    }

    /// <summary>
    /// What a chapter's audio depends on: its text, the narrator and the settings, and the voices of the characters
    /// who speak in it, so that recasting one character renders again only the chapters where they speak. A chapter
    /// the narrator reads alone has the hash it has without a cast.
    /// </summary>
    private string RenderHash(PlannedChapter chapter, BookVoicing voicing)
    {
        var cast = chapter.Source is { } source ? voicing.Signature(source) : string.Empty;
        return ContentHash.Of(chapter.TextHash + _settingsHash + (cast.Length == 0 ? string.Empty : "\u001dcast\u001d" + cast));
    }

    private static bool Selected(PlannedChapter chapter, ChapterSelection selection) =>
        chapter.Source is null ? selection.IsAll : selection.Contains(chapter.Index);

    private static bool IsCurrent(ChapterState entry, RenderFolder folder) =>
        entry.Status == ChapterStatus.Done && entry.Files.Count > 0
        && entry.Files.All(f => File.Exists(folder.Absolute(f.Lossless)) && (f.Mp3 is null || File.Exists(folder.Absolute(f.Mp3))));

    private static void RemoveReplaced(List<ChapterFileState> previous, List<ChapterFileState> current, RenderFolder folder)
    {
        var keep = current.SelectMany(f => new[] { f.Lossless, f.Mp3 }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var stale in previous.SelectMany(f => new[] { f.Lossless, f.Mp3 }).OfType<string>().Where(p => !keep.Contains(p)))
        {
            File.Delete(folder.Absolute(stale));
            File.Delete(folder.Absolute(stale) + ".provenance.json");
        }
    }
}
