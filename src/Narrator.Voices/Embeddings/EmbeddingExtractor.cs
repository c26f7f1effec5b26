using System.Buffers;
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
    private readonly AudioReader _read;

    /// <summary>An extractor with <paramref name="bundle"/>'s encoder and feature recipe; <paramref name="read"/> decodes files (<c>AudioDecoder</c> when null).</summary>
    public EmbeddingExtractor(NarratorBundle bundle, AudioReader? read = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _encoder = bundle.Encoder;
        _features = new LogMelExtractor(LogMelParameters.FromJson(bundle.Manifest.Encoder.Features, Path.Combine(bundle.Folder, "model.json")));
        _minimumSpeech = bundle.Manifest.Encoder.MinSpeechSeconds;
        _read = read ?? WavFile.Stream;
    }

    /// <summary>The embedding space of the encoder.</summary>
    public string EncoderId => _encoder.Id;

    /// <summary>Seconds of speech a recording needs (the bundle's <c>minSpeechSeconds</c>).</summary>
    public double MinimumSpeechSeconds => _minimumSpeech;

    /// <summary>
    /// Longest stretch embedded in one encoder call. A longer recording (an hour of takes) is embedded
    /// window by window and the windows are averaged, weighted by their speech, so that memory stays
    /// bounded by one window's features and activations instead of growing with the recording.
    /// </summary>
    public const double WindowSeconds = 30;

    /// <summary>The embedding of one recording; <paramref name="path"/> only names it in errors.</summary>
    public SpeakerEmbedding Embed(string path, float[] samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sink = StartEmbedding(path);
        AudioSinks.Feed(sink, samples, sampleRate);
        return sink.Finish();
    }

    /// <summary>
    /// The embedding of one recording as it is decoded into the returned sink. A recording longer than
    /// <see cref="WindowSeconds"/> is embedded window by window, so memory does not grow with its length.
    /// </summary>
    public IEmbeddingSink StartEmbedding(string path) => new WindowedEmbedding(this, path);

    /// <summary>The embedding of the recording at <paramref name="path"/>, decoded by this extractor's reader.</summary>
    public SpeakerEmbedding Embed(string path)
    {
        var sink = StartEmbedding(path);
        _read(path, sink);
        return sink.Finish();
    }

    // Pooled buffers: an hour embedded in 120 windows would otherwise leave ~800 MB of large-object garbage.
    internal SpeakerEmbedding EmbedWindow(ReadOnlySpan<float> samples, int sampleRate)
    {
        var rate = _features.Parameters.SampleRate;
        var resampled = sampleRate == rate ? samples : Resampling.Resample(samples.ToArray(), sampleRate, rate);
        var frames = _features.FrameCount(resampled.Length);
        var size = frames * _features.Parameters.NMels;
        var features = ArrayPool<float>.Shared.Rent(Math.Max(size, 1));
        try
        {
            _features.Compute(resampled, features);
            return new SpeakerEmbedding(_encoder.Id, _encoder.Embed(features.AsMemory(0, size), frames));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(features);
        }
    }

    /// <summary>The averaged, re-normalized embedding of reference files.</summary>
    public SpeakerEmbedding Embed(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return SpeakerEmbedding.Average(paths.Select(Embed).ToList());
    }
}
