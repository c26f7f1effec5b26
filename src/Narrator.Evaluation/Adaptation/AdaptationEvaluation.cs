using Narrator.Audio;
using Narrator.Core;
using Narrator.Models.Bundles;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;
using Narrator.Voices;
using Narrator.Voices.Embeddings;

namespace Narrator.Evaluation;

/// <summary>
/// How much adaptation makes a voice sound like its speaker, on a speaker the base bundle never heard
/// (leave one speaker out): the speaker's script takes (ARCTIC prompts in script order, held-out ones
/// excluded) adapt the base acoustic model at several sizes; each adapted model, and the base model
/// steered by the takes' embedding alone (zero-shot), reads the speaker's held-out prompts. Pocketsphinx
/// transcribes every reading and the natural recordings; the bundle's encoder compares each reading with
/// the speaker's natural held-out recordings and with every other speaker's (ARCTIC-prompt speakers and
/// the VCTK sample). A speaker outside the held-out split (a VCTK speaker, about a minute of speech)
/// is measured few-shot: the last third of its recordings are held out and the rest adapt the model.
/// </summary>
public sealed class AdaptationEvaluation
{
    private readonly NarratorBundle _bundle;
    private readonly IStatementRecognizer _recognizer;
    private readonly TextWriter _progress;
    private readonly EmbeddingExtractor _encoder;

    public AdaptationEvaluation(NarratorBundle bundle, IStatementRecognizer recognizer, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _bundle = bundle;
        _recognizer = recognizer;
        _progress = progress;
        _encoder = new EmbeddingExtractor(bundle, AudioDecoder.Stream);
    }

    /// <param name="takeCounts">Script sizes to adapt on (prompts); each trains in <paramref name="work"/>/&lt;speaker&gt;-&lt;count&gt;, resumable.</param>
    public async Task<AdaptationEvaluationResults> MeasureAsync(
        string data, string speaker, IReadOnlyList<int> takeCounts, int sentences, string work, AdaptationOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(takeCounts);
        if (_bundle.Manifest.Speakers.Any(s => string.Equals(s.Name, speaker, StringComparison.OrdinalIgnoreCase)))
        {
            throw new NarratorException($"{_bundle.Folder} was trained on '{speaker}': measure adaptation with a base bundle trained without that speaker (leave one speaker out).");
        }

        var held = CorpusSentence.ReadHeldOut(data);
        var (items, takes) = held.Any(h => h.Speaker == speaker)
            ? (held.Where(h => h.Speaker == speaker).Take(sentences).ToList(), ScriptTakes(data, speaker))
            : FewShotSplit(data, speaker, sentences);
        if (items.Count < 2)
        {
            throw new NarratorException($"'{speaker}' has {items.Count} held-out recordings in {data}; the evaluation needs at least 2.");
        }

        var own = _encoder.Embed(items.Select(i => i.Recording).ToList());
        var others = OtherSpeakers(data, held, speaker);
        var natural = await NaturalAsync(items, own, others, cancellationToken).ConfigureAwait(false);
        var results = new AdaptationEvaluationResults(_bundle.Manifest.Name, speaker, items.Count) { Natural = natural };
        if (takeCounts.Count == 0 || takeCounts.Max() > takes.Count)
        {
            throw new NarratorException($"'{speaker}' has {takes.Count} takes to adapt on in {SpeechCorpus.SpeakerFolder(data, speaker)}; asked for {string.Join(", ", takeCounts)}.");
        }

        // Zero-shot: the base model steered by the embedding of the largest set of takes.
        var largest = Takes(takes, takeCounts.Max());
        results.Conditions.Add(await SpeakAsync($"zero-shot ({largest.Chosen.Count} takes' embedding)", largest.Chosen.Count, largest.Minutes, null, largest.Embedding, items, own, others, cancellationToken).ConfigureAwait(false));
        foreach (var count in takeCounts.Order())
        {
            var (chosen, embedding, minutes) = Takes(takes, count);
            await _progress.WriteLineAsync($"{speaker}: adapting on {count} takes ({minutes:0.0} minutes).").ConfigureAwait(false);
            var outcome = await AcousticAdaptation.TrainAsync(_bundle.Folder, embedding.Vector, chosen, Path.Combine(work, $"{speaker}-{count}"), options, new ProgressLines(_progress), cancellationToken).ConfigureAwait(false);
            results.Conditions.Add(await SpeakAsync($"adapted on {count} takes", count, minutes, outcome, embedding, items, own, others, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private (List<AdaptationTake> Chosen, SpeakerEmbedding Embedding, double Minutes) Takes(List<AdaptationTake> takes, int count)
    {
        // One embedding of all the takes' speech together: a short take (arctic_a0207 holds 0.9 s of
        // speech) could not be embedded alone, and enrollment too embeds the good takes' speech as a whole.
        var chosen = takes.Take(count).ToList();
        var audio = chosen.Select(t => AudioDecoder.Read(t.Audio)).ToList();
        var rate = audio[0].SampleRate;
        if (audio.Any(a => a.SampleRate != rate))
        {
            throw new NarratorException($"The takes of {string.Join(", ", chosen.Select(t => t.Audio).Take(3))}… mix sample rates; the evaluation needs one.");
        }

        var speech = audio.SelectMany(a => a.Samples).ToArray();
        return (chosen, _encoder.Embed($"{count} takes", speech, rate), speech.Length / (double)rate / 60);
    }

    private async Task<LikenessFigures> NaturalAsync(List<CorpusSentence> items, SpeakerEmbedding own, Dictionary<string, SpeakerEmbedding> others, CancellationToken cancellationToken)
    {
        var errors = WordErrors.None;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (samples, rate) = AudioDecoder.Read(item.Recording);
            errors += WordErrors.Measure(item.Text, _recognizer.Transcribe(samples, rate, item.Recording));
        }

        var odd = _encoder.Embed(items.Where((_, i) => i % 2 == 1).Select(i => i.Recording).ToList());
        var even = _encoder.Embed(items.Where((_, i) => i % 2 == 0).Select(i => i.Recording).ToList());
        var (closest, other) = Closest(own, others);
        await _progress.WriteLineAsync($"natural recordings: word error rate {errors.Rate:P1}.").ConfigureAwait(false);
        return new LikenessFigures("natural recordings", 0, 0, 0, 0, errors, odd.Similarity(even), other, closest);
    }

    private async Task<LikenessFigures> SpeakAsync(
        string condition, int takes, double minutes, AdaptationOutcome? adapted, SpeakerEmbedding embedding,
        List<CorpusSentence> items, SpeakerEmbedding own, Dictionary<string, SpeakerEmbedding> others, CancellationToken cancellationToken)
    {
        var voice = BundleVoice.LoadWithEmbedding(_bundle.Folder, Models.ExecutionOptions.Default, embedding.EncoderId, embedding.Vector, condition, adapted?.WeightsFile);
        using var synthesizer = Synthesizer.Create(voice);
        var (errors, spoken) = await PromptReading.ReadAsync(synthesizer, items.Select(i => i.Text), _recognizer, condition, cancellationToken).ConfigureAwait(false);
        var reading = _encoder.Embed(condition, spoken, synthesizer.SampleRate);
        var (closest, other) = Closest(reading, others);
        var figures = new LikenessFigures(condition, takes, Math.Round(minutes, 2), adapted?.Steps ?? 0, Math.Round(adapted?.Elapsed.TotalMinutes ?? 0, 1), errors, reading.Similarity(own), other, closest);
        await _progress.WriteLineAsync($"{condition}: word error rate {errors.Rate:P1}, cosine {figures.OwnCosine:0.000} to the speaker, {other:0.000} to {closest}.").ConfigureAwait(false);
        return figures;
    }

    private static (string Speaker, double Cosine) Closest(SpeakerEmbedding embedding, Dictionary<string, SpeakerEmbedding> others) =>
        others.Select(o => (o.Key, embedding.Similarity(o.Value))).MaxBy(o => o.Item2);

    // Every other speaker with held-out recordings, and each VCTK speaker of the sample (all its clips).
    private Dictionary<string, SpeakerEmbedding> OtherSpeakers(string data, IReadOnlyList<CorpusSentence> held, string speaker)
    {
        var others = held.Where(h => h.Speaker != speaker).GroupBy(h => h.Speaker)
            .ToDictionary(g => g.Key, g => _encoder.Embed(g.Select(h => h.Recording).ToList()), StringComparer.Ordinal);
        var vctk = Path.Combine(data, "vctk");
        if (Directory.Exists(vctk))
        {
            foreach (var folder in Directory.EnumerateDirectories(vctk).Order(StringComparer.Ordinal))
            {
                var clips = Directory.EnumerateFiles(folder, "*.flac").Order(StringComparer.Ordinal).ToList();
                if (clips.Count > 0 && Path.GetFileName(folder) != speaker)
                {
                    others["vctk-" + Path.GetFileName(folder)] = _encoder.Embed(clips);
                }
            }
        }

        return others.Count > 0 ? others : throw new NarratorException($"{data}: no other speaker to measure the likeness margin against.");
    }

    // A speaker outside the held-out split (the VCTK sample, about a minute each): the last third of its
    // transcript's recordings (at most `sentences`) are held out, the others are the takes, in transcript order.
    private static (List<CorpusSentence> Items, List<AdaptationTake> Takes) FewShotSplit(string data, string speaker, int sentences)
    {
        var folder = SpeechCorpus.SpeakerFolder(data, speaker);
        var lines = CorpusSentence.ReadTranscript(Path.Combine(folder, "transcript.txt"))
            .Select(p => (Id: p.Key, Text: p.Value, Audio: Path.Combine(folder, p.Key + ".flac")))
            .Where(l => File.Exists(l.Audio))
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .ToList();
        var heldOut = Math.Min(sentences, Math.Max(2, lines.Count / 3));
        var items = lines.Skip(lines.Count - heldOut).Select(l => new CorpusSentence(speaker, l.Id, l.Text, l.Audio)).ToList();
        return (items, lines.Take(lines.Count - heldOut).Select(l => new AdaptationTake(l.Audio, l.Text)).ToList());
    }

    // The speaker's recordings of the script prompts, in script order (held-out prompts are never in a script).
    private static List<AdaptationTake> ScriptTakes(string data, string speaker)
    {
        var folder = SpeechCorpus.SpeakerFolder(data, speaker);
        return RecordingScript.Available
            .Select(p => new AdaptationTake(Path.Combine(folder, p.Id + ".flac"), p.Text))
            .Where(t => File.Exists(t.Audio))
            .ToList();
    }

    private sealed class ProgressLines(TextWriter progress) : IProgress<AdaptationProgress>
    {
        public void Report(AdaptationProgress value)
        {
            if (value.Stage != "progress" || value.Step % 100 == 0)
            {
                progress.WriteLine($"  {value.Stage} step {value.Step}/{value.Steps}{(value.Loss is { } loss ? $", loss {loss:0.000}" : string.Empty)}, {value.Elapsed.TotalMinutes:0.0} min");
            }
        }
    }
}
