namespace Narrator.Models.Bundles;

/// <summary>One utterance's mel spectrogram, channel by channel: [mels × frames].</summary>
public sealed record MelSpectrogram(float[] Values, int Mels, int Frames)
{
    /// <summary>
    /// The pitch the acoustic model predicted, in Hz, one value per frame (its output <c>f0</c>); null
    /// when the model gives none. A vocoder with a pitch source (<see cref="Vocoder.TakesPitch"/>) needs it.
    /// </summary>
    public float[]? Pitch { get; init; }
}
