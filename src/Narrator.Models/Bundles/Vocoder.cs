using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Narrator.Models.Bundles;

/// <summary>Mel spectrogram (and, for a vocoder with a pitch source, the pitch per frame) in, waveform out (<see cref="Hop"/> samples per frame).</summary>
public sealed class Vocoder
{
    internal const string PitchInput = "f0";

    private readonly ModelSession _session;

    internal Vocoder(ModelSession session, int mels, int hop, bool takesPitch)
    {
        _session = session;
        Mels = mels;
        Hop = hop;
        TakesPitch = takesPitch;
    }

    /// <summary>Mel bands of the spectrograms it takes.</summary>
    public int Mels { get; }

    /// <summary>Audio samples per mel frame.</summary>
    public int Hop { get; }

    /// <summary>Whether it takes the pitch per frame in Hz (input <c>f0</c>), which <see cref="MelSpectrogram.Pitch"/> carries.</summary>
    public bool TakesPitch { get; }

    internal static bool HasPitchInput(IEnumerable<string> inputNames) => inputNames.Contains(PitchInput);

    internal static IEnumerable<TensorExpectation> Inputs(int mels, bool pitch)
    {
        TensorExpectation mel = new("mel", TensorElementType.Float, 3, $"float32 [batch, {mels}, frames]", (1, mels));
        return pitch ? [mel, new(PitchInput, TensorElementType.Float, 2, "float32 [batch, frames] (Hz)")] : [mel];
    }

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

        if (TakesPitch && mel.Pitch?.Length != mel.Frames)
        {
            var given = mel.Pitch is null ? "carries no pitch" : $"carries {mel.Pitch.Length} pitch values for {mel.Frames} frames";
            throw new ModelException($"Vocoder {_session.ModelPath} takes the pitch of every frame ('{PitchInput}'), and the spectrogram {given}.");
        }

        if (mel.Frames == 0)
        {
            return [];
        }

        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mel.Values.AsMemory(), [1, Mels, mel.Frames]);
        if (!TakesPitch)
        {
            return BundleRun.Single(_session, ["mel"], [input], "audio", mel.Frames * Hop);
        }

        using var pitch = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mel.Pitch.AsMemory(), [1, mel.Frames]);
        return BundleRun.Single(_session, ["mel", PitchInput], [input, pitch], "audio", mel.Frames * Hop);
    }
}
