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
        ReferenceRecording.Check(path, samples, sampleRate, _minimumSpeech);
        var window = (int)(WindowSeconds * sampleRate);
        if (samples.Length <= window)
        {
            return EmbedWindow(samples, sampleRate);
        }

        var windows = new List<(SpeakerEmbedding, double)>();
        var (most, mostSpeech) = (0, 0.0);
        for (var start = 0; start < samples.Length; start += window)
        {
            var part = samples.AsSpan(start, Math.Min(window, samples.Length - start));
            var speech = ReferenceRecording.SpeechSeconds(part, sampleRate);
            if (speech >= _minimumSpeech)
            {
                windows.Add((EmbedWindow(part, sampleRate), speech));
            }
            else if (speech > mostSpeech)
            {
                (most, mostSpeech) = (start, speech);
            }
        }

        // Speech spread thinly over every window: the window with the most of it stands for the recording.
        return windows.Count > 0
            ? SpeakerEmbedding.WeightedAverage(windows)
            : EmbedWindow(samples.AsSpan(most, Math.Min(window, samples.Length - most)), sampleRate);
    }

    // Pooled buffers: an hour embedded in 120 windows would otherwise leave ~800 MB of large-object garbage.
    private SpeakerEmbedding EmbedWindow(ReadOnlySpan<float> samples, int sampleRate)
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
        var embeddings = paths.Select(path =>
        {
            var (samples, rate) = _read(path);
            return Embed(path, samples, rate);
        }).ToList();
        return SpeakerEmbedding.Average(embeddings);
    }
}
