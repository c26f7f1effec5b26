namespace Narrator.Voices;

/// <summary>The voice's embedding: the encoder that made it, the vector and the SHA-256 of <c>embedding.json</c>.</summary>
public sealed record EmbeddingInfo(string EncoderId, IReadOnlyList<float> Vector, string Sha256);
