using System.Buffers;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Narrator.Models.Bundles;

/// <summary>Phoneme ids and a speaker embedding in, a mel spectrogram out; utterances of a batch are independent.</summary>
public sealed class AcousticModel
{
    private readonly ModelSession _session;
    private readonly long _padId;

    internal AcousticModel(ModelSession session, int mels, int embeddingSize, long padId)
    {
        _session = session;
        Mels = mels;
        EmbeddingSize = embeddingSize;
        _padId = padId;
    }

    public int Mels { get; }

    public int EmbeddingSize { get; }

    internal static IEnumerable<TensorExpectation> Inputs(int embeddingSize) =>
    [
        new("phoneme_ids", TensorElementType.Int64, 2, "int64 [batch, phonemes]"),
        new("phoneme_lengths", TensorElementType.Int64, 1, "int64 [batch]"),
        new("speaker_embedding", TensorElementType.Float, 2, $"float32 [batch, {embeddingSize}]", (1, embeddingSize)),
        new("length_scale", TensorElementType.Float, 1, "float32 [1]"),
    ];

    internal static IEnumerable<TensorExpectation> Outputs(int mels) =>
    [
        new("mel", TensorElementType.Float, 3, $"float32 [batch, {mels}, frames]", (1, mels)),
        new("mel_lengths", TensorElementType.Int64, 1, "int64 [batch]"),
    ];

    /// <summary>Mel spectrograms of the utterances, in one model call, each trimmed to its own length.</summary>
    public IReadOnlyList<MelSpectrogram> Synthesize(IReadOnlyList<long[]> utterances, ReadOnlySpan<float> embedding, float lengthScale)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        if (embedding.Length != EmbeddingSize)
        {
            throw new ModelException($"Acoustic model {_session.ModelPath}: the speaker embedding has {embedding.Length} values, the model takes {EmbeddingSize}.");
        }

        if (utterances.Count == 0)
        {
            return [];
        }

        var batch = utterances.Count;
        var width = utterances.Max(u => u.Length);
        var ids = ArrayPool<long>.Shared.Rent(batch * width);
        var speakers = ArrayPool<float>.Shared.Rent(batch * EmbeddingSize);
        try
        {
            Array.Fill(ids, _padId, 0, batch * width);
            var lengths = new long[batch];
            for (var b = 0; b < batch; b++)
            {
                utterances[b].CopyTo(ids, b * width);
                lengths[b] = utterances[b].Length;
                embedding.CopyTo(speakers.AsSpan(b * EmbeddingSize, EmbeddingSize));
            }

            var memory = OrtMemoryInfo.DefaultInstance;
            float[] scale = [lengthScale];
            using var idValue = OrtValue.CreateTensorValueFromMemory(memory, ids.AsMemory(0, batch * width), [batch, width]);
            using var lengthValue = OrtValue.CreateTensorValueFromMemory(memory, lengths.AsMemory(), [batch]);
            using var speakerValue = OrtValue.CreateTensorValueFromMemory(memory, speakers.AsMemory(0, batch * EmbeddingSize), [batch, EmbeddingSize]);
            using var scaleValue = OrtValue.CreateTensorValueFromMemory(memory, scale.AsMemory(), [1]);
            using var outputs = BundleRun.Run(_session, ["phoneme_ids", "phoneme_lengths", "speaker_embedding", "length_scale"], [idValue, lengthValue, speakerValue, scaleValue], ["mel", "mel_lengths"]);
            return Split(outputs[0], outputs[1].GetTensorDataAsSpan<long>(), batch);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(ids);
            ArrayPool<float>.Shared.Return(speakers);
        }
    }

    private List<MelSpectrogram> Split(OrtValue mel, ReadOnlySpan<long> lengths, int batch)
    {
        var shape = mel.GetTensorTypeAndShape().Shape;
        if (shape is not [var b, var m, var frames] || b != batch || m != Mels)
        {
            throw new ModelException($"Acoustic model {_session.ModelPath}: output 'mel' has shape [{string.Join(", ", shape)}], expected [{batch}, {Mels}, frames].", Core.ErrorKind.Internal);
        }

        var data = mel.GetTensorDataAsSpan<float>();
        var result = new List<MelSpectrogram>(batch);
        for (var i = 0; i < batch; i++)
        {
            var length = (int)Math.Clamp(lengths[i], 0, frames);
            var values = new float[Mels * length];
            for (var c = 0; c < Mels; c++)
            {
                data.Slice((int)((((i * Mels) + c) * frames)), length).CopyTo(values.AsSpan(c * length, length));
            }

            result.Add(new MelSpectrogram(values, Mels, length));
        }

        return result;
    }
}
