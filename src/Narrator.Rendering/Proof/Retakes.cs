using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Proof;

/// <summary>
/// How a paragraph is read again when proof-listening found a suspect utterance in it: a little slower, then a little
/// faster with long sentences split at their clauses, and so on. A voice with noise gets other noise too, since its
/// seed follows the speed. The paragraph is read whole, so its watermark runs unbroken.
/// </summary>
internal static class Retakes
{
    public const int Count = 4;

    private static readonly float[] SpeedFactors = [1f, 0.9f, 1.1f, 0.85f, 1.15f];

    /// <summary>The longest utterance, in characters, of a retake that splits sentences at their clauses.</summary>
    private const int ClauseLength = 60;

    /// <summary><paramref name="settings"/> as retake <paramref name="retake"/> reads (0: as they are).</summary>
    public static VoiceSettings Settings(VoiceSettings settings, int retake) => retake == 0 ? settings : new VoiceSettings
    {
        Speed = Math.Clamp(settings.Speed * SpeedFactors[retake], 0.25f, 4f),
        Pitch = settings.Pitch,
        Energy = settings.Energy,
        NoiseScale = settings.NoiseScale,
        NoiseW = settings.NoiseW,
        SpeakerId = settings.SpeakerId,
    };

    /// <summary>The longest utterance the retake sends to the model: <paramref name="usual"/>, or clauses from the second retake on.</summary>
    public static int MaxUtteranceLength(int usual, int retake) => retake >= 2 ? Math.Min(usual, ClauseLength) : usual;
}
