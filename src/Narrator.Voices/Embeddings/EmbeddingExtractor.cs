using Narrator.Audio;
using Narrator.Audio.Features;
using Narrator.Models.Bundles;

namespace Narrator.Voices.Embeddings;

/// <summary>Reference recordings to one speaker embedding with a bundle's encoder: checked, resampled, featurized, embedded, averaged.</summary>
public sealed class EmbeddingExtractor
{
    private readonly SpeakerEncoder _encoder;
    private readonly LogMelExtractor _features;
    private readonly double _minimumSpeech;
    private readonly Func<string, (float[] Samples, int SampleRate)> _read;

    public EmbeddingExtractor(NarratorBundle bundle, Func<string, (float[] Samples, int SampleRate)>? read = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _encoder = bundle.Encoder;
        _features = new LogMelExtractor(LogMelParameters.FromJson(bundle.Manifest.Encoder.Features, Path.Combine(bundle.Folder, "model.json")));
        _minimumSpeech = bundle.Manifest.Encoder.MinSpeechSeconds;
        _read = read ?? WavFile.Read;
    }

    public string EncoderId => _encoder.Id;

    /// <summary>The embedding of one recording; <paramref name="path"/> only names it in errors.</summary>
    public SpeakerEmbedding Embed(string path, float[] samples, int sampleRate)
    {
        ReferenceRecording.Check(path, samples, sampleRate, _minimumSpeech);
        var resampled = Resampling.Resample(samples, sampleRate, _features.Parameters.SampleRate);
        var features = _features.Compute(resampled, out var frames);
        return new SpeakerEmbedding(_encoder.Id, _encoder.Embed(features, frames));
    }

    /// <summary>The averaged, re-normalized embedding of reference files.</summary>
    public SpeakerEmbedding Embed(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var embeddings = paths.Select(path =>
        {
            var (samples, rate) = _read(path);
            return Embed(path, samples, rate);
        }).ToList();
        return SpeakerEmbedding.Average(embeddings);
    }
}
