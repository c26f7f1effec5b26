using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Narrator.Models.Bundles;

/// <summary>Mel spectrogram in, waveform out (<see cref="Hop"/> samples per frame).</summary>
public sealed class Vocoder
{
    private readonly ModelSession _session;

    internal Vocoder(ModelSession session, int mels, int hop)
    {
        _session = session;
        Mels = mels;
        Hop = hop;
    }

    /// <summary>Mel bands of the spectrograms it takes.</summary>
    public int Mels { get; }

    /// <summary>Audio samples per mel frame.</summary>
    public int Hop { get; }

    internal static IEnumerable<TensorExpectation> Inputs(int mels) =>
        [new("mel", TensorElementType.Float, 3, $"float32 [batch, {mels}, frames]", (1, mels))];

    internal static IEnumerable<TensorExpectation> Outputs() =>
        [new("audio", TensorElementType.Float, 2, "float32 [batch, samples]")];

    /// <summary>
    /// The waveform of one spectrogram. Utterances are vocoded one at a time: a padded batch would
    /// change the last frames' samples, and the acoustic model's batch is where the time goes.
    /// </summary>
    public float[] Decode(MelSpectrogram mel)
    {
        ArgumentNullException.ThrowIfNull(mel);
        if (mel.Mels != Mels)
        {
            throw new ModelException($"Vocoder {_session.ModelPath}: the spectrogram has {mel.Mels} mel channels, the model takes {Mels}.");
        }

        if (mel.Frames == 0)
        {
            return [];
        }

        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mel.Values.AsMemory(), [1, Mels, mel.Frames]);
        return BundleRun.Single(_session, ["mel"], [input], "audio", mel.Frames * Hop);
    }
}
