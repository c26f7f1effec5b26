using System.Buffers;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Narrator.Models.Bundles;

/// <summary>Phoneme ids and a speaker embedding in, a mel spectrogram out; utterances of a batch are independent.</summary>
public sealed class AcousticModel
{
    private const string PitchShiftInput = "pitch_shift";
    private const string EnergyScaleInput = "energy_scale";
    internal const string PitchOutput = "f0";

    private readonly ModelSession _session;
    private readonly long _padId;

    internal AcousticModel(ModelSession session, int mels, int embeddingSize, long padId, bool hasProsodyControls, bool givesPitch)
    {
        _session = session;
        Mels = mels;
        EmbeddingSize = embeddingSize;
        _padId = padId;
        HasProsodyControls = hasProsodyControls;
        GivesPitch = givesPitch;
    }

    /// <summary>Mel bands of the spectrograms it makes (<c>mel.nMels</c>).</summary>
    public int Mels { get; }

    /// <summary>Length of the speaker embedding it takes (<c>encoder.embeddingSize</c>).</summary>
    public int EmbeddingSize { get; }

    /// <summary>Whether the model takes a pitch shift and an energy scale (inputs <c>pitch_shift</c> and <c>energy_scale</c>).</summary>
    public bool HasProsodyControls { get; }

    /// <summary>Whether it also predicts the pitch of every frame (output <c>f0</c>, in <see cref="MelSpectrogram.Pitch"/>).</summary>
    public bool GivesPitch { get; }

    internal static bool HasPitchOutput(IEnumerable<string> outputNames) => outputNames.Contains(PitchOutput);

    internal static IEnumerable<TensorExpectation> Inputs(int embeddingSize, bool prosody)
    {
        TensorExpectation[] always =
        [
            new("phoneme_ids", TensorElementType.Int64, 2, "int64 [batch, phonemes]"),
            new("phoneme_lengths", TensorElementType.Int64, 1, "int64 [batch]"),
            new("speaker_embedding", TensorElementType.Float, 2, $"float32 [batch, {embeddingSize}]", (1, embeddingSize)),
            new("length_scale", TensorElementType.Float, 1, "float32 [1]"),
        ];
        const string both = $"float32 [1] (a model with prosody controls takes both '{PitchShiftInput}' and '{EnergyScaleInput}')";
        return prosody
            ? [.. always, new(PitchShiftInput, TensorElementType.Float, 1, both), new(EnergyScaleInput, TensorElementType.Float, 1, both)]
            : always;
    }

    /// <summary>
    /// Whether a graph with these inputs means to have prosody controls: it has either input. The
    /// contract check then expects both, so that a graph with one alone is refused naming the other.
    /// </summary>
    internal static bool HasProsodyInputs(IEnumerable<string> inputNames) =>
        inputNames.Any(n => n is PitchShiftInput or EnergyScaleInput);

    internal static IEnumerable<TensorExpectation> Outputs(int mels, bool pitch)
    {
        TensorExpectation[] always =
        [
            new("mel", TensorElementType.Float, 3, $"float32 [batch, {mels}, frames]", (1, mels)),
            new("mel_lengths", TensorElementType.Int64, 1, "int64 [batch]"),
        ];
        return pitch ? [.. always, new(PitchOutput, TensorElementType.Float, 2, "float32 [batch, frames] (Hz)")] : always;
    }

    /// <summary>Mel spectrograms of the utterances, in one model call, each trimmed to its own length.</summary>
    /// <param name="pitchShift">Semitones added to every predicted pitch; only a model with <see cref="HasProsodyControls"/> takes other than 0.</param>
    /// <param name="energyScale">Factor on every predicted energy; only a model with <see cref="HasProsodyControls"/> takes other than 1.</param>
    /// <param name="utterances">Each utterance's phoneme ids, BOS and EOS included.</param>
    /// <param name="embedding">The speaker embedding, <see cref="EmbeddingSize"/> values.</param>
    /// <param name="lengthScale">Duration factor: above 1 speaks slower, below 1 faster.</param>
    public IReadOnlyList<MelSpectrogram> Synthesize(IReadOnlyList<long[]> utterances, ReadOnlySpan<float> embedding, float lengthScale, float pitchShift = 0f, float energyScale = 1f)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        if (embedding.Length != EmbeddingSize)
        {
            throw new ModelException($"Acoustic model {_session.ModelPath}: the speaker embedding has {embedding.Length} values, the model takes {EmbeddingSize}.");
        }

        if (!HasProsodyControls && (pitchShift != 0f || energyScale != 1f))
        {
            throw new ModelException($"Acoustic model {_session.ModelPath} has no prosody controls (inputs '{PitchShiftInput}' and '{EnergyScaleInput}'): it cannot shift the pitch by {pitchShift} semitones or scale the energy by {energyScale}.");
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
            using var idValue = OrtValue.CreateTensorValueFromMemory(memory, ids.AsMemory(0, batch * width), [batch, width]);
            using var lengthValue = OrtValue.CreateTensorValueFromMemory(memory, lengths.AsMemory(), [batch]);
            using var speakerValue = OrtValue.CreateTensorValueFromMemory(memory, speakers.AsMemory(0, batch * EmbeddingSize), [batch, EmbeddingSize]);
            using var scaleValue = Scalar(lengthScale);
            using var pitchValue = Scalar(pitchShift);
            using var energyValue = Scalar(energyScale);
            string[] names = ["phoneme_ids", "phoneme_lengths", "speaker_embedding", "length_scale", PitchShiftInput, EnergyScaleInput];
            OrtValue[] values = [idValue, lengthValue, speakerValue, scaleValue, pitchValue, energyValue];
            var fed = HasProsodyControls ? names.Length : names.Length - 2;
            using var outputs = BundleRun.Run(_session, names[..fed], values[..fed], GivesPitch ? ["mel", "mel_lengths", PitchOutput] : ["mel", "mel_lengths"]);
            return Split(outputs[0], outputs[1].GetTensorDataAsSpan<long>(), GivesPitch ? outputs[2] : null, batch);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(ids);
            ArrayPool<float>.Shared.Return(speakers);
        }
    }

    private static OrtValue Scalar(float value)
    {
        float[] data = [value];
        return OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, data.AsMemory(), [1]);
    }

    private List<MelSpectrogram> Split(OrtValue mel, ReadOnlySpan<long> lengths, OrtValue? pitch, int batch)
    {
        var shape = mel.GetTensorTypeAndShape().Shape;
        if (shape is not [var b, var m, var frames] || b != batch || m != Mels)
        {
            throw new ModelException($"Acoustic model {_session.ModelPath}: output 'mel' has shape [{string.Join(", ", shape)}], expected [{batch}, {Mels}, frames].", Core.ErrorKind.Internal);
        }

        var pitchShape = pitch?.GetTensorTypeAndShape().Shape;
        if (pitchShape is not null && (pitchShape.Length != 2 || pitchShape[0] != batch || pitchShape[1] != frames))
        {
            throw new ModelException($"Acoustic model {_session.ModelPath}: output '{PitchOutput}' has shape [{string.Join(", ", pitchShape)}], expected [{batch}, {frames}] like 'mel'.", Core.ErrorKind.Internal);
        }

        var pitchData = pitch is null ? default : pitch.GetTensorDataAsSpan<float>();
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

            result.Add(new MelSpectrogram(values, Mels, length) { Pitch = pitch is null ? null : pitchData.Slice((int)(i * frames), length).ToArray() });
        }

        return result;
    }
}
