using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>Recordings to speaker embeddings: a bundle's encoder, or a fake in tests.</summary>
public interface ISpeakerEmbedder
{
    string EncoderId { get; }

    SpeakerEmbedding Embed(string path, float[] samples, int sampleRate);
}
