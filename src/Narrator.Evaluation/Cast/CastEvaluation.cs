using Narrator.Audio;
using Narrator.Books;
using Narrator.Models.Bundles;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Timing;
using Narrator.Synthesis;
using Narrator.Voices.Embeddings;

namespace Narrator.Evaluation;

/// <summary>
/// Whether each line of a book rendered with a cast is heard in the voice it was given: the book is rendered as
/// <c>narrate</c> renders it, every utterance is cut from the mastered chapter where its timings put it (with the voice
/// the renderer recorded for it), embedded by a bundle's speaker encoder and compared with a reference of every voice
/// of the cast: each voice reading the same passage, which is not from the book.
/// </summary>
public static class CastEvaluation
{
    /// <summary>What every voice reads for its reference (about ten seconds of speech), written for this purpose.</summary>
    internal const string ReferencePassage =
        "A cold wind came down from the hills, and the orchard gate swung open on its rusty hinge. " +
        "Two farmers counted the apples into baskets while a dog slept beside the cart. " +
        "Before the church clock struck six, the last wagon had rolled away towards the market town.";

    /// <summary>
    /// Renders <paramref name="selection"/> of <paramref name="book"/> with <paramref name="cast"/> into <paramref name="folder"/>
    /// (no MP3s, no M4B, no proof-listening; chapters current there from an earlier run are not rendered again) and
    /// measures it with the encoder of <paramref name="encoder"/>.
    /// </summary>
    public static async Task<CastEvaluationResults> MeasureAsync(
        Book book, VoiceCast cast, PronunciationLexicon lexicon, NarratorBundle encoder, string folder, ChapterSelection selection, IRenderProgress progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(cast);
        ArgumentNullException.ThrowIfNull(encoder);
        var settings = new RenderSettings { WriteMp3 = false, WriteAudiobook = false, Proof = null };
        RenderReport report;
        using (var renderer = BookRenderer.Create(cast, lexicon, settings))
        {
            report = await renderer.RenderAsync(book, folder, selection, progress, cancellationToken).ConfigureAwait(false);
        }

        var extractor = new EmbeddingExtractor(encoder, AudioDecoder.Stream);
        var voices = await ReferencesAsync(cast, extractor, cancellationToken).ConfigureAwait(false);
        var checks = new List<CastUtteranceCheck>();
        foreach (var chapter in report.Chapters)
        {
            var timingsPath = Path.Combine(report.Folder, chapter.State.Timings ?? throw new RenderException($"{report.Folder}: chapter {chapter.Chapter.Index} has no timings; render it again into an empty folder."));
            checks.AddRange(Check(ChapterTimings.Load(timingsPath), timingsPath, report.Folder, voices, extractor));
        }

        var references = voices.Select(v => new CastVoiceReference(v.Voice, v.Seconds, voices.Where(o => o.Voice != v.Voice).Select(o => v.Embedding.Similarity(o.Embedding)).DefaultIfEmpty(double.NaN).Max())).ToList();
        return new CastEvaluationResults(extractor.EncoderId, report.Folder, references, checks, extractor.MinimumSpeechSeconds);
    }

    private static IEnumerable<CastUtteranceCheck> Check(ChapterTimings timings, string timingsPath, string root, IReadOnlyList<(string Voice, SpeakerEmbedding Embedding, double Seconds)> voices, EmbeddingExtractor extractor)
    {
        var files = timings.Files.Select(f => AudioDecoder.Read(Path.Combine(root, f.Lossless))).ToList();
        foreach (var utterance in timings.Utterances)
        {
            var assigned = utterance.Voice ?? throw new RenderException($"{timingsPath}: utterance {utterance.Index} does not say which voice read it (timings made by an older Narrator); render the book again into an empty folder.");
            var (samples, rate) = files[utterance.Part - 1];
            var start = (int)Math.Clamp(utterance.Start, 0, samples.Length);
            var audio = samples.AsSpan(start, (int)Math.Clamp(utterance.End, start, samples.Length) - start);
            var speech = ReferenceRecording.SpeechSeconds(audio, rate);
            if (speech < extractor.MinimumSpeechSeconds)
            {
                yield return new CastUtteranceCheck(timings.Chapter, utterance.Index, utterance.Kind, utterance.Text, assigned, speech, null, double.NaN, double.NaN);
                continue;
            }

            var embedding = extractor.Embed($"{timingsPath}, utterance {utterance.Index}", audio.ToArray(), rate);
            var scores = voices.Select(v => (v.Voice, Cosine: embedding.Similarity(v.Embedding))).ToList();
            var closest = scores.MaxBy(s => s.Cosine);
            var own = scores.Where(s => s.Voice == assigned).Select(s => s.Cosine).DefaultIfEmpty(double.NaN).First();
            var other = scores.Where(s => s.Voice != assigned).Select(s => s.Cosine).DefaultIfEmpty(double.NaN).Max();
            yield return new CastUtteranceCheck(timings.Chapter, utterance.Index, utterance.Kind, utterance.Text, assigned, speech, closest.Voice, own, other);
        }
    }

    /// <summary>Each distinct voice of the cast (by name, the narrator first) reading <see cref="ReferencePassage"/> with its settings, embedded.</summary>
    private static async Task<List<(string Voice, SpeakerEmbedding Embedding, double Seconds)>> ReferencesAsync(VoiceCast cast, EmbeddingExtractor extractor, CancellationToken cancellationToken)
    {
        var references = new List<(string, SpeakerEmbedding, double)>();
        foreach (var voice in cast.All.DistinctBy(v => v.Voice.Name))
        {
            using var synthesizer = Synthesizer.Create(voice.Voice, new SynthesisOptions { Voice = voice.Settings }, ownsVoice: false);
            var samples = await synthesizer.SynthesizeAllAsync(ReferencePassage, cancellationToken).ConfigureAwait(false);
            references.Add((voice.Voice.Name, extractor.Embed($"{voice.Voice.Name} reading the reference passage", samples, synthesizer.SampleRate), ReferenceRecording.SpeechSeconds(samples, synthesizer.SampleRate)));
        }

        return references;
    }
}
