using Narrator.Audio.Mastering;
using Narrator.Core;
using Narrator.Core.IO;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Encoding;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Proof;
using Narrator.Rendering.State;
using Narrator.Rendering.Timing;
using Narrator.Synthesis.Provenance;

namespace Narrator.Rendering;

/// <summary>Renders one chapter: speaks its script into the mastering writer and records the files made.</summary>
internal sealed class ChapterRenderer
{
    private readonly CastSpeakers _speakers;
    private readonly BookVoicing _voicing;
    private readonly RenderSettings _settings;
    private readonly RenderFolder _folder;
    private readonly Books.Book _book;
    private readonly ForeignPassages _passages;
    private readonly LineProofreader? _proofreader;

    /// <summary>Utterances heard per recognizer run while proof-listening.</summary>
    private const int UtterancesPerProof = 100;

    public ChapterRenderer(CastSpeakers speakers, BookVoicing voicing, RenderSettings settings, RenderFolder folder, Books.Book book)
    {
        _speakers = speakers;
        _voicing = voicing;
        _settings = settings;
        _folder = folder;
        _book = book;
        _passages = ForeignPassages.For(book, speakers.Narrator.Voice.Language);
        _proofreader = settings.Proof is { } proof ? new LineProofreader(speakers, proof) : null;
    }

    /// <summary>
    /// Speaks and masters one chapter. <paramref name="voicesDone"/> is called once, as soon as the voices are done
    /// (or the render failed): the caller lets the next chapter speak while this one's files are encoded.
    /// </summary>
    public async Task<List<ChapterFileState>> RenderAsync(PlannedChapter chapter, string renderHash, Action voicesDone, IRenderProgress progress, CancellationToken cancellationToken)
    {
        var work = Directory.CreateDirectory(Path.Combine(_folder.Work, chapter.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
        var speaking = true;
        try
        {
            await using var writer = ChapterAudioWriter.Create(work, _speakers.SampleRate, _settings.Mastering);
            var provenance = _voicing.Provenance(chapter, _book.Title, _settings.WatermarkKey);
            writer.Tags = Tags(chapter, provenance, renderHash);
            writer.Provenance = new ProvenanceStamp(provenance, _settings.Signer);
            if (_settings.WriteAudiobook || _settings.WriteChapterAac)
            {
                Directory.CreateDirectory(_folder.Aac);
                writer.AacPathOf = flac => _folder.AacPath(flac, renderHash);
            }

            var samples = 0L;
            var spoken = new List<(UtteranceTiming Utterance, long Start, long End)>();
            var pending = new List<LineReading>();
            foreach (var line in ChapterScript.For(chapter, _settings, _passages, _voicing))
            {
                // Each line is marked for its place in the chapter, so the watermark runs on unbroken across lines.
                var start = samples + pending.Sum(r => r.Samples.Length + PauseSamples(r.Line));
                var placed = line with { Speak = line.Speak with { MarkPosition = TimeSpan.FromSeconds((double)start / _speakers.SampleRate) } };
                pending.Add(await LineReading.SpeakAsync(_speakers, placed, retake: 0, cancellationToken).ConfigureAwait(false));
                if (_proofreader is null || pending.Sum(r => r.Chunks.Count) >= UtterancesPerProof)
                {
                    await WritePendingAsync().ConfigureAwait(false);
                }
            }

            await WritePendingAsync().ConfigureAwait(false);
            speaking = false;
            voicesDone();

            // The timings land before the masters do, so a run killed in between leaves masters whose timings are on disk.
            // A chapter whose voices are done is finished even when the run is cancelled meanwhile (the next chapter
            // speaks during this encoding): stopping here would throw away all of its speech.
            var mp3 = _settings.WriteMp3 ? _folder.Mp3Path(chapter) : null;
            var files = await writer.FinishAsync(
                _folder.LosslessPath(chapter),
                mp3,
                parts => TimingsFile.Save(_folder.TimingsPath(chapter), Timings(chapter, renderHash, parts, spoken)),
                CancellationToken.None).ConfigureAwait(false);
            foreach (var file in files)
            {
                provenance.WriteSidecar(file.LosslessPath);
                if (file.Mp3Path is not null)
                {
                    provenance.WriteSidecar(file.Mp3Path);
                }
            }

            return files.Select(f => ToState(f, _folder)).ToList();

            // Lines wait here until proof-listening has heard them (and read the suspect ones again), in batches,
            // so the recognizer starts once per batch; without proof-listening each line is written as it comes.
            async Task WritePendingAsync()
            {
                var proofed = _proofreader is null
                    ? pending.Select(r => new ProofedReading(r, null, Readings: 1)).ToList()
                    : await _proofreader.ProofAsync(pending, cancellationToken).ConfigureAwait(false);
                foreach (var reading in proofed)
                {
                    var line = reading.Reading.Line;
                    writer.Write(reading.Reading.Samples);
                    for (var i = 0; i < reading.Reading.Chunks.Count; i++)
                    {
                        var chunk = reading.Reading.Chunks[i];
                        var utterance = Utterance(chapter, line, chunk, spoken.Count);
                        utterance.Proof = reading.Result(i);
                        spoken.Add((utterance, samples + chunk.SpeechStart, samples + chunk.SpeechEnd));
                    }

                    var pause = PauseSamples(line);
                    writer.Write(new float[pause]);
                    samples += reading.Reading.Samples.Length + pause;
                    progress.ChapterAdvanced(chapter, TimeSpan.FromSeconds((double)samples / _speakers.SampleRate));
                }

                pending.Clear();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diskFull = e.Message.Contains("No space left on device", StringComparison.Ordinal);
            var kind = diskFull || e is IOException or UnauthorizedAccessException ? ErrorKind.BadInput : e is NarratorException n ? n.Kind : ErrorKind.Internal;
            var advice = diskFull ? " The disk is full: free some space and run the same command again;" : string.Empty;
            throw new RenderException(
                $"Chapter {chapter.Index} \"{chapter.Title}\": {e.Message}{advice} finished chapters are kept and will not be rendered again.", kind, e);
        }
        finally
        {
            if (speaking)
            {
                voicesDone();
            }

            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private int PauseSamples(ScriptLine line) => (int)(line.PauseAfter.TotalSeconds * _speakers.SampleRate);

    private static UtteranceTiming Utterance(PlannedChapter chapter, ScriptLine line, SpokenChunk chunk, int index)
    {
        var blocks = chapter.Source?.Blocks;
        var location = line.Block is { } b && blocks is not null ? blocks[b].Location : blocks is { Count: > 0 } ? blocks[0].Location : null;
        return new UtteranceTiming
        {
            Index = index,
            Kind = line.Kind,
            Text = chunk.Text,
            File = line.Kind == UtteranceKind.Credits ? null : location?.File,
            Line = line.Kind == UtteranceKind.Credits ? null : location?.Line,
            Block = line.Block,
            Offset = line.Block is null ? null : line.Offset + chunk.Source.Start,
            Length = line.Block is null ? null : chunk.Source.Length,
            Voice = line.Voice.Voice.Name,
        };
    }

    private ChapterTimings Timings(PlannedChapter chapter, string renderHash, IReadOnlyList<MasteringPart> parts, List<(UtteranceTiming Utterance, long Start, long End)> spoken)
    {
        var timeline = new MasterTimeline(_speakers.SampleRate, _settings.Mastering.SampleRate, parts);
        foreach (var (utterance, start, end) in spoken)
        {
            (utterance.Part, utterance.Start, utterance.End) = timeline.Locate(start, end);
        }

        var lossless = _folder.LosslessPath(chapter);
        return new ChapterTimings
        {
            Chapter = chapter.Index,
            Title = chapter.Title,
            RenderHash = renderHash,
            SampleRate = _settings.Mastering.SampleRate,
            Files = parts.Select(p => new TimedFile { Lossless = _folder.Relative(ChapterAudioWriter.PartPath(lossless, p.Index, parts.Count)), Samples = p.OutputSamples }).ToList(),
            Utterances = spoken.Select(s => s.Utterance).ToList(),
        };
    }

    private Dictionary<string, string> Tags(PlannedChapter chapter, ProvenanceRecord provenance, string renderHash)
    {
        var tags = new Dictionary<string, string>(provenance.Tags(), StringComparer.Ordinal)
        {
            ["title"] = chapter.Title,
            ["album"] = _book.Title,
            ["track"] = chapter.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["genre"] = "Audiobook",
            [ChapterRecovery.RenderTag] = renderHash,
        };
        if (_book.Author is { Length: > 0 } author)
        {
            tags["artist"] = author;
        }

        return tags;
    }

    internal static ChapterFileState ToState(ChapterAudioFile file, RenderFolder folder)
    {
        var failures = file.Levels.Check().Failures.ToList();
        failures.AddRange((file.Mp3Levels?.Check().Failures ?? []).Select(f => "MP3: " + f));
        return new ChapterFileState
        {
            Lossless = folder.Relative(file.LosslessPath),
            Mp3 = file.Mp3Path is null ? null : folder.Relative(file.Mp3Path),
            Seconds = file.Levels.Duration.TotalSeconds,
            Samples = file.Levels.Samples,
            SampleRate = file.Levels.SampleRate,
            RmsDb = file.Levels.RmsDb,
            PeakDb = file.Levels.PeakDb,
            NoiseFloorDb = file.Levels.NoiseFloorDb,
            PassesAcx = failures.Count == 0,
            AcxFailures = failures,
        };
    }
}
