using Narrator.Core;
using Narrator.Models;
using Narrator.Models.Bundles;
using Narrator.Phonemes;
using Narrator.Synthesis.Voices;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>A Narrator bundle's speaker encoder, and the bundle's identity for the voice record.</summary>
public sealed class BundleEmbedder : ISpeakerEmbedder, IDisposable
{
    private readonly NarratorBundle _bundle;
    private readonly EmbeddingExtractor _extractor;
    private bool _handedOver;

    private BundleEmbedder(NarratorBundle bundle, BundleInfo info)
    {
        _bundle = bundle;
        _extractor = new EmbeddingExtractor(bundle);
        Bundle = info;
    }

    /// <summary>The embedding space of the bundle's encoder.</summary>
    public string EncoderId => _extractor.EncoderId;

    /// <summary>Seconds of speech a recording needs (the bundle's <c>minSpeechSeconds</c>).</summary>
    public double MinimumSpeechSeconds => _extractor.MinimumSpeechSeconds;

    /// <summary>The bundle's identity, as the voice record keeps it.</summary>
    public BundleInfo Bundle { get; }

    /// <summary>Loads the bundle in <paramref name="folder"/> (its encoder is what embeds) on <paramref name="execution"/>'s device.</summary>
    /// <exception cref="Models.ModelException">The bundle is missing or invalid.</exception>
    public static BundleEmbedder FromDirectory(string folder, ExecutionOptions? execution = null)
    {
        var bundle = NarratorBundle.FromDirectory(folder, PhonemeInventory.Lexicon.Symbols, execution ?? ExecutionOptions.Default);
        try
        {
            var files = new[] { "model.json", bundle.Manifest.Encoder.File, bundle.Manifest.Acoustic.File, bundle.Manifest.Vocoder.File };
            var fingerprint = Sha256Hex.Text(string.Join(',', files.Select(f => Sha256Hex.File(Path.Combine(bundle.Folder, f)))));
            return new BundleEmbedder(bundle, new BundleInfo(Path.GetFullPath(bundle.Folder), fingerprint));
        }
        catch
        {
            bundle.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public SpeakerEmbedding Embed(string path, float[] samples, int sampleRate)
    {
        ObjectDisposedException.ThrowIf(_handedOver, this);
        return _extractor.Embed(path, samples, sampleRate);
    }

    /// <inheritdoc/>
    public IEmbeddingSink StartEmbedding(string path)
    {
        ObjectDisposedException.ThrowIf(_handedOver, this);
        return _extractor.StartEmbedding(path);
    }

    /// <summary>
    /// This bundle speaking with <paramref name="speaker"/>, without loading it a second time; the
    /// voice owns the bundle from here on and this embedder can no longer embed.
    /// </summary>
    internal IVoice SpeakAs(SpeakerEmbedding speaker, string name)
    {
        ObjectDisposedException.ThrowIf(_handedOver, this);
        _handedOver = true;
        return BundleVoice.WithEmbedding(_bundle, speaker.Vector, name);
    }

    /// <summary>Releases the bundle's model sessions.</summary>
    public void Dispose()
    {
        if (!_handedOver)
        {
            _handedOver = true;
            _bundle.Dispose();
        }
    }
}
