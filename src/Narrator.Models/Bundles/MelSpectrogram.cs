namespace Narrator.Models.Bundles;

/// <summary>One utterance's mel spectrogram, channel by channel: [mels × frames].</summary>
public sealed record MelSpectrogram(float[] Values, int Mels, int Frames);
