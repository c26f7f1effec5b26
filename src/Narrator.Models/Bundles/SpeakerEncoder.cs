using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Narrator.Models.Bundles;

/// <summary>The bundle's speaker encoder: features [frames × mels] in, an L2-normalized embedding out.</summary>
public sealed class SpeakerEncoder
{
    private readonly Lazy<ModelSession> _session;

    internal SpeakerEncoder(Lazy<ModelSession> session, string id, int embeddingSize, int featureSize)
    {
        _session = session;
        Id = id;
        EmbeddingSize = embeddingSize;
        FeatureSize = featureSize;
    }

    /// <summary>Names the embedding space: embeddings of different encoders are never compared.</summary>
    public string Id { get; }

    /// <summary>Values in one embedding.</summary>
    public int EmbeddingSize { get; }

    /// <summary>Mel bands of the features it takes.</summary>
    public int FeatureSize { get; }

    internal static IEnumerable<TensorExpectation> Inputs(int mels) =>
    [
        new("features", TensorElementType.Float, 3, $"float32 [batch, frames, {mels}]", (2, mels)),
        new("lengths", TensorElementType.Int64, 1, "int64 [batch]"),
    ];

    internal static IEnumerable<TensorExpectation> Outputs(int size) =>
        [new("embedding", TensorElementType.Float, 2, $"float32 [batch, {size}]", (1, size))];

    /// <summary>The embedding of one recording's features, row by row [frames × <see cref="FeatureSize"/>].</summary>
    public float[] Embed(float[] features, int frames)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Embed(features.AsMemory(), frames);
    }

    /// <summary>As <see cref="Embed(float[], int)"/>, over exactly frames × <see cref="FeatureSize"/> values of a (pooled) buffer.</summary>
    public float[] Embed(Memory<float> features, int frames)
    {
        if (frames < 1 || features.Length != frames * FeatureSize)
        {
            throw new ModelException($"Speaker encoder {_session.Value.ModelPath}: expected {frames} × {FeatureSize} feature values, got {features.Length}.");
        }

        var memory = OrtMemoryInfo.DefaultInstance;
        long[] lengths = [frames];
        using var input = OrtValue.CreateTensorValueFromMemory(memory, features, [1, frames, FeatureSize]);
        using var lengthValue = OrtValue.CreateTensorValueFromMemory(memory, lengths.AsMemory(), [1]);
        return BundleRun.Single(_session.Value, ["features", "lengths"], [input, lengthValue], "embedding", EmbeddingSize);
    }
}
