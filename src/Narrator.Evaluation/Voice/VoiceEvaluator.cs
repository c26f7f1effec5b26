using Narrator.Audio;
using Narrator.Core;
using Narrator.Models;
using Narrator.Models.Bundles;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;
using Narrator.Voices;
using Narrator.Voices.Embeddings;

namespace Narrator.Evaluation;

/// <summary>
/// How intelligible and how like their speakers a bundle's voices are. Each stock speaker reads its
/// held-out ARCTIC prompts; pocketsphinx transcribes the synthesis and the speaker's own recordings of
/// the same prompts (word error rates side by side), and the bundle's encoder compares all of a
/// speaker's synthesis (one embedding) with the natural recordings of that speaker and of the others.
/// Peers (<see cref="PeerLineup"/>: flite's voice of the same speaker, espeak-ng) read the same prompts
/// through the same recognizer and scoring, and are compared with the speaker's natural recordings too.
/// Each reading, ours or a peer's, is also set beside the natural recording of the same prompt for a
/// naturalness proxy (<see cref="NaturalnessFigures"/>: pitch, contour correlation, mel-cepstral distortion).
/// Cloning: each held-out LibriSpeech reader with a clip of 10 s or more is cloned, through the consent
/// gate, from the clip's first half and compared with its second half and with the other readers'.
/// </summary>
public sealed class VoiceEvaluator
{
    private const double MinimumClipSeconds = 10;

    private readonly NarratorBundle _bundle;
    private readonly IStatementRecognizer _recognizer;
    private readonly TextWriter _progress;
    private readonly EmbeddingExtractor _encoder;
    private readonly Dictionary<string, SpeakerEmbedding> _natural = [];

    public VoiceEvaluator(NarratorBundle bundle, IStatementRecognizer recognizer, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _bundle = bundle;
        _recognizer = recognizer;
        _progress = progress;
        _encoder = new EmbeddingExtractor(bundle, AudioDecoder.Stream);
    }

    /// <summary>Every stock speaker with held-out sentences in <paramref name="data"/>, then clones of unseen readers (none when <paramref name="cloneSentences"/> is 0).</summary>
    /// <summary>Whether flite and espeak-ng read each speaker's prompts too. [default: true]</summary>
    public bool Peers { get; init; } = true;

    /// <summary>Where the peer programs are found (a test points one at a missing file).</summary>
    internal PeerLineup Lineup { get; init; } = new();

    public async Task<VoiceEvaluationResults> MeasureAsync(string data, int sentences, int cloneSentences, CancellationToken cancellationToken)
    {
        var held = CorpusSentence.ReadHeldOut(data);
        var speakers = _bundle.Manifest.Speakers.Select(s => s.Name).Where(s => held.Any(h => h.Speaker == s)).ToList();
        if (speakers.Count == 0)
        {
            throw new NarratorException($"{_bundle.Folder}: none of its speakers ({string.Join(", ", _bundle.Manifest.Speakers.Select(s => s.Name))}) has held-out sentences in {data}/splits/heldout.txt.");
        }

        var results = new VoiceEvaluationResults(_bundle.Manifest.Name);
        foreach (var speaker in speakers)
        {
            var items = held.Where(h => h.Speaker == speaker).Take(sentences).ToList();
            results.Speakers.Add(await StockSpeakerAsync(speaker, items, held, cancellationToken).ConfigureAwait(false));
        }

        if (cloneSentences > 0)
        {
            var prompts = held.Where(h => h.Speaker == speakers[0]).Take(cloneSentences).Select(h => h.Text).ToList();
            results.Cloning = await CloningAsync(data, prompts, cancellationToken).ConfigureAwait(false);
        }

        return results;
    }
        
    private async Task<SpeakerFigures> StockSpeakerAsync(string speaker, List<CorpusSentence> items, IReadOnlyList<CorpusSentence> all, CancellationToken cancellationToken)
    {
        using var synthesizer = Synthesizer.Create(VoiceLoader.Load(new VoiceReference(VoiceKind.NarratorBundle, _bundle.Folder, _bundle.Manifest.Name), ExecutionOptions.Default, speaker));
        var synthesized = WordErrors.None;
        var natural = WordErrors.None;
        var spoken = new List<float>();
        var recordings = new List<(float[] Samples, int Rate)>();
        var comparisons = new List<UtteranceComparison>();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var audio = await synthesizer.SynthesizeAllAsync(item.Text, cancellationToken).ConfigureAwait(false);
            synthesized += WordErrors.Measure(item.Text, _recognizer.Transcribe(audio, synthesizer.SampleRate, item.Id));
            var (recording, rate) = AudioDecoder.Read(item.Recording);
            natural += WordErrors.Measure(item.Text, _recognizer.Transcribe(recording, rate, item.Recording));
            spoken.AddRange(audio);
            recordings.Add((recording, rate));
            comparisons.Add(UtteranceComparison.Measure(audio, synthesizer.SampleRate, recording, rate, $"{speaker}'s synthesis of {item.Id}"));
        }

        var embedding = _encoder.Embed($"{speaker}'s synthesis", [.. spoken], synthesizer.SampleRate);
        var others = all.Select(h => h.Speaker).Distinct().Where(w => w != speaker).Select(w => embedding.Similarity(Natural(w, all))).ToList();

        await _progress.WriteLineAsync($"{speaker}: {items.Count} sentences, word error rate {synthesized.Rate:P1} synthesized, {natural.Rate:P1} natural.").ConfigureAwait(false);
        var peers = Peers ? await PeersAsync(speaker, items, recordings, all, cancellationToken).ConfigureAwait(false) : [];
        return new SpeakerFigures(speaker, items.Count, synthesized, natural, embedding.Similarity(Natural(speaker, all)), others.Count == 0 ? double.NaN : others.Average(), peers, NaturalnessFigures.Average(comparisons));
    }

    // recordings: the speaker's natural recordings of items, in the same order.
    private async Task<List<PeerFigures>> PeersAsync(string speaker, List<CorpusSentence> items, List<(float[] Samples, int Rate)> recordings, IReadOnlyList<CorpusSentence> all, CancellationToken cancellationToken)
    {
        var figures = new List<PeerFigures>();
        var temporary = Directory.CreateTempSubdirectory("narrator-peer-eval-").FullName;
        try
        {
            foreach (var (name, peer, unavailable) in await Lineup.ForAsync(speaker, cancellationToken).ConfigureAwait(false))
            {
                if (peer is null)
                {
                    figures.Add(new PeerFigures(name, null, double.NaN, unavailable, null));
                    await _progress.WriteLineAsync($"{speaker}: {name}: {unavailable}.").ConfigureAwait(false);
                    continue;
                }

                var readings = new List<(float[] Samples, int Rate)>();
                var (errors, speech, rate) = await PromptReading.ReadAsync(
                    async (text, token) =>
                    {
                        var reading = await peer.SpeakAsync(text, temporary, token).ConfigureAwait(false);
                        readings.Add(reading);
                        return reading;
                    },
                    items.Select(i => i.Text), _recognizer, $"{name} reading {speaker}'s prompts", cancellationToken).ConfigureAwait(false);
                var cosine = _encoder.Embed($"{name} reading {speaker}'s prompts", speech, rate).Similarity(Natural(speaker, all));
                var comparisons = readings.Select((r, i) => UtteranceComparison.Measure(r.Samples, r.Rate, recordings[i].Samples, recordings[i].Rate, $"{name} reading {items[i].Id}")).ToList();
                figures.Add(new PeerFigures(name, errors, cosine, null, NaturalnessFigures.Average(comparisons)));
                await _progress.WriteLineAsync($"{speaker}: {name}, word error rate {errors.Rate:P1}.").ConfigureAwait(false);
            }
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }

        return figures;
    }

    private async Task<CloneFigures> CloningAsync(string folder, List<string> prompts, CancellationToken cancellationToken)
    {
        var readers = new List<(string Reader, SpeakerEmbedding Reference, SpeakerEmbedding Target, float[] Clip, int Rate)>();
        var refused = 0;
        var gate = VoiceGate.Create(new VoiceGateOptions { Recognizer = null });
        foreach (var reader in SpeechCorpus.HeldOutReaders(folder))
        {
            var clip = Directory.EnumerateFiles(SpeechCorpus.ReaderFolder(folder, reader), "*.flac", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(AudioDecoderWithPath)
                .FirstOrDefault(c => c.Samples.Length >= MinimumClipSeconds * c.Rate);
            if (clip.Path is null)
            {
                continue;
            }

            var half = clip.Samples.Length / 2;
            readers.Add((reader, _encoder.Embed($"{clip.Path} (first half)", clip.Samples[..half], clip.Rate), _encoder.Embed($"{clip.Path} (second half)", clip.Samples[half..], clip.Rate), clip.Samples, clip.Rate));
        }

        var errors = WordErrors.None;
        var own = new List<double>();
        var other = new List<double>();
        var temporary = Directory.CreateTempSubdirectory("narrator-clone-eval-").FullName;
        try
        {
            foreach (var (reader, reference, _, _, _) in readers)
            {
                // The clone passes the consent gate like any other: the reader's second half stands
                // as the consent recording (their words are not a consent statement, so only the
                // speaker is compared); a reader whose halves do not match is refused and counted.
                var file = Path.Combine(temporary, reader + ".json");
                await reference.SaveAsync(file, [reader]).ConfigureAwait(false);
                var consent = Path.Combine(temporary, reader + "-consent.wav");
                var clip = readers.First(r => r.Reader == reader);
                await WavFile.WriteAsync(consent, clip.Clip[(clip.Clip.Length / 2)..], clip.Rate).ConfigureAwait(false);
                IVoice voice;
                try
                {
                    voice = gate.Open(new VoiceRequest { Voice = _bundle.Folder, EmbeddingFile = file, ConsentRecording = consent, ConsentStatement = "(dataset reader)", UnverifiedStatement = true, Use = VoiceGate.PreviewUse });
                }
                catch (ConsentRefusedException e)
                {
                    refused++;
                    await _progress.WriteLineAsync($"cloning: {reader} refused by the consent gate ({e.Message}).").ConfigureAwait(false);
                    continue;
                }

                using var synthesizer = Synthesizer.Create(voice);
                var (readingErrors, spoken) = await PromptReading.ReadAsync(synthesizer, prompts, _recognizer, $"clone of {reader}", cancellationToken).ConfigureAwait(false);
                errors += readingErrors;
                var embedding = _encoder.Embed($"clone of {reader}", spoken, synthesizer.SampleRate);
                foreach (var target in readers)
                {
                    (target.Reader == reader ? own : other).Add(embedding.Similarity(target.Target));
                }
            }
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }

        await _progress.WriteLineAsync($"cloning: {readers.Count - refused} readers ({refused} refused by the consent gate) x {prompts.Count} sentences, word error rate {errors.Rate:P1}.").ConfigureAwait(false);
        return new CloneFigures(readers.Count - refused, refused, prompts.Count, errors, own.Count == 0 ? double.NaN : own.Average(), other.Count == 0 ? double.NaN : other.Average());
    }

    private static (string? Path, float[] Samples, int Rate) AudioDecoderWithPath(string path)
    {
        var (samples, rate) = AudioDecoder.Read(path);
        return (path, samples, rate);
    }

    // The speaker's natural voice: the mean embedding of all its held-out recordings.
    private SpeakerEmbedding Natural(string speaker, IReadOnlyList<CorpusSentence> all)
    {
        if (!_natural.TryGetValue(speaker, out var embedding))
        {
            embedding = _encoder.Embed(all.Where(h => h.Speaker == speaker).Select(h => h.Recording).ToList());
            _natural[speaker] = embedding;
        }

        return embedding;
    }
}
