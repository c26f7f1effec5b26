using Narrator.Audio;

namespace Narrator.Voices.Embeddings;

/// <summary>An embedding sink for embedders that need the whole recording at once (test fakes): it collects the samples, then embeds them.</summary>
internal sealed class WholeRecordingEmbedding(ISpeakerEmbedder embedder, string path) : IEmbeddingSink
{
    private readonly List<float> _samples = [];
    private int _rate;

    public void Start(int sampleRate) => _rate = sampleRate;

    public void Write(ReadOnlySpan<float> samples) => _samples.AddRange(samples);

    public SpeakerEmbedding Finish() => embedder.Embed(path, [.. _samples], _rate);
}
