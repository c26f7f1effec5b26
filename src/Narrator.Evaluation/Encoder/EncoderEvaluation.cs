using Narrator.Audio;
using Narrator.Models.Bundles;
using Narrator.Voices.Embeddings;

namespace Narrator.Evaluation;

/// <summary>
/// The speaker encoder's equal error rate on the held-out readers: each reader's clip is cut into
/// segments, every pair of segments is a same-reader or different-reader trial.
/// </summary>
public static class EncoderEvaluation
{
    public static EncoderFigures Measure(string data, NarratorBundle bundle, double segmentSeconds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var extractor = new EmbeddingExtractor(bundle, AudioDecoder.Stream);
        var embeddings = new List<(string Reader, SpeakerEmbedding Embedding)>();
        var skipped = 0;
        foreach (var reader in SpeechCorpus.HeldOutReaders(data))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var clip in Directory.EnumerateFiles(SpeechCorpus.ReaderFolder(data, reader), "*.flac").Order(StringComparer.Ordinal))
            {
                var (samples, rate) = AudioDecoder.Read(clip);
                var length = (int)(segmentSeconds * rate);
                for (var start = 0; start + length <= samples.Length; start += length)
                {
                    var segment = samples[start..(start + length)];
                    if (ReferenceRecording.SpeechSeconds(segment, rate) < bundle.Manifest.Encoder.MinSpeechSeconds)
                    {
                        skipped++; // a pause, not a sample of the reader's voice
                        continue;
                    }

                    embeddings.Add((reader, extractor.Embed($"{clip}@{start / rate}s", segment, rate)));
                }
            }
        }

        var (targets, nonTargets) = Trials(embeddings);
        return new EncoderFigures(
            bundle.Manifest.Encoder.Id, embeddings.Select(e => e.Reader).Distinct().Count(), embeddings.Count, skipped, segmentSeconds,
            EqualErrorRate.Compute(targets, nonTargets), targets.Average(), nonTargets.Average());
    }

    private static (List<double> Targets, List<double> NonTargets) Trials(List<(string Reader, SpeakerEmbedding Embedding)> embeddings)
    {
        var targets = new List<double>();
        var nonTargets = new List<double>();
        for (var i = 0; i < embeddings.Count; i++)
        {
            for (var j = i + 1; j < embeddings.Count; j++)
            {
                var score = embeddings[i].Embedding.Similarity(embeddings[j].Embedding);
                (embeddings[i].Reader == embeddings[j].Reader ? targets : nonTargets).Add(score);
            }
        }

        return (targets, nonTargets);
    }
}
