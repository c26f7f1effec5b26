using System.Text.Json;
using Narrator.Core;
using Narrator.Core.IO;

namespace Narrator.Voices.Embeddings;

/// <summary>Where a voice sits in a speaker encoder's embedding space; only embeddings of the same encoder compare.</summary>
public sealed record SpeakerEmbedding(string EncoderId, float[] Vector)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Cosine similarity; both vectors are unit length, so this is their dot product.</summary>
    public double Similarity(SpeakerEmbedding other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.EncoderId != EncoderId || other.Vector.Length != Vector.Length)
        {
            throw new NarratorException($"Embeddings of encoder '{EncoderId}' and '{other.EncoderId}' cannot be compared.");
        }

        var dot = 0.0;
        for (var i = 0; i < Vector.Length; i++)
        {
            dot += Vector[i] * other.Vector[i];
        }

        return dot;
    }

    /// <summary>
    /// Each embedding's similarity to the mean of all the others: the one-speaker check for a set of recordings.
    /// Two short clips of one speaker can fall under the threshold pairwise; the mean of the rest is steadier.
    /// </summary>
    public static double[] SimilarityToOthers(IReadOnlyList<SpeakerEmbedding> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        return embeddings.Count < 2
            ? new double[embeddings.Count]
            : embeddings.Select((e, i) => e.Similarity(Average(embeddings.Where((_, j) => j != i).ToList()))).ToArray();
    }

    /// <summary>The mean of several embeddings, scaled back to unit length.</summary>
    public static SpeakerEmbedding Average(IReadOnlyList<SpeakerEmbedding> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        return WeightedAverage(embeddings.Select(e => (e, 1.0)).ToList());
    }

    /// <summary>The weighted mean of several embeddings, scaled back to unit length.</summary>
    public static SpeakerEmbedding WeightedAverage(IReadOnlyList<(SpeakerEmbedding Embedding, double Weight)> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.Count == 0)
        {
            throw new NarratorException("There are no embeddings to average.");
        }

        var sum = new double[embeddings[0].Embedding.Vector.Length];
        foreach (var (embedding, weight) in embeddings)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += weight * embedding.Vector[i];
            }
        }

        var norm = Math.Sqrt(sum.Sum(v => v * v));
        return new SpeakerEmbedding(embeddings[0].Embedding.EncoderId, sum.Select(v => (float)(norm > 0 ? v / norm : 0)).ToArray());
    }

    /// <summary>Writes the embedding as JSON to <paramref name="path"/>, naming the recordings it came from (<paramref name="sources"/>).</summary>
    public Task SaveAsync(string path, IReadOnlyList<string> sources)
    {
        var document = new EmbeddingFile { Format = EmbeddingFile.FormatName, EncoderId = EncoderId, Embedding = Vector, Sources = [.. sources] };
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(document, Json));
        return Task.CompletedTask;
    }

    /// <summary>Reads an embedding written by <see cref="SaveAsync"/>.</summary>
    /// <exception cref="NarratorException">The file is missing or not an embedding.</exception>
    public static SpeakerEmbedding Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new NarratorException($"{path}: no such embedding file.");
        }

        try
        {
            var file = JsonSerializer.Deserialize<EmbeddingFile>(File.ReadAllText(path), Json);
            return file is { Format: EmbeddingFile.FormatName, EncoderId.Length: > 0, Embedding.Length: > 0 }
                ? new SpeakerEmbedding(file.EncoderId, file.Embedding)
                : throw new NarratorException($"{path}: not a Narrator embedding file (made by 'narrator embed').");
        }
        catch (JsonException e)
        {
            throw new NarratorException($"{path}: not valid JSON ({e.Message}).", e);
        }
    }

    private sealed class EmbeddingFile
    {
        public const string FormatName = "narrator-embedding";

        public string Format { get; set; } = string.Empty;

        public string EncoderId { get; set; } = string.Empty;

        public float[] Embedding { get; set; } = [];

        public List<string> Sources { get; set; } = [];
    }
}
