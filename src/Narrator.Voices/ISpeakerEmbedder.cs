using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>Recordings to speaker embeddings: a bundle's encoder, or a fake in tests.</summary>
public interface ISpeakerEmbedder
{
    /// <summary>The embedding space of the encoder; only embeddings of one id compare.</summary>
    string EncoderId { get; }

    /// <summary>Seconds of speech a recording needs to be embedded on its own. [default: 1]</summary>
    double MinimumSpeechSeconds => 1.0;

    /// <summary>The embedding of one recording (mono <paramref name="samples"/> at <paramref name="sampleRate"/> Hz); <paramref name="path"/> names it in errors.</summary>
    SpeakerEmbedding Embed(string path, float[] samples, int sampleRate);

    /// <summary>
    /// A sink that embeds a recording as it is decoded, so a long one need not be held whole.
    /// [default: collects the recording, then calls <see cref="Embed"/>]
    /// </summary>
    IEmbeddingSink StartEmbedding(string path) => new WholeRecordingEmbedding(this, path);
}
