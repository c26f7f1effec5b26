using Narrator.Voices.Embeddings;

namespace Narrator.Voices.Tests;

/// <summary>Gives every file whose name starts with "bob" one direction, every other file another (orthogonal) one.</summary>
internal sealed class FakeEmbedder : ISpeakerEmbedder
{
    public string EncoderId => "fake-encoder";

    public SpeakerEmbedding Embed(string path, float[] samples, int sampleRate) =>
        new(EncoderId, Path.GetFileName(path).StartsWith("bob", StringComparison.Ordinal) ? [0f, 1f, 0f] : [1f, 0f, 0f]);
}
