using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>Recordings to speaker embeddings: a bundle's encoder, or a fake in tests.</summary>
public interface ISpeakerEmbedder
{
    string EncoderId { get; }

    /// <summary>Seconds of speech a recording needs to be embedded on its own. [default: 1]</summary>
    double MinimumSpeechSeconds => 1.0;

    SpeakerEmbedding Embed(string path, float[] samples, int sampleRate);
}
