using System.Globalization;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Cast;

/// <summary>A loaded voice of a cast and how it speaks; <see cref="Label"/> names where it was chosen, for error messages.</summary>
public sealed record CastVoice(string Label, IVoice Voice, VoiceSettings Settings)
{
    /// <summary>
    /// What makes this voice sound as it does, as text to hash: the model and every setting. Pitch and energy are
    /// written only when they are not the default, so that renders made before they existed stay current.
    /// </summary>
    internal string Signature() => Signature(Voice.Fingerprint, Settings);

    internal static string Signature(string voiceFingerprint, VoiceSettings settings)
    {
        var prosody = UnlessDefault("pitch", settings.Pitch, 0f) + UnlessDefault("energy", settings.Energy, 1f);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{voiceFingerprint}\n{settings.Speed:R}\n{settings.SpeakerId}\n{settings.NoiseScale:R}\n{settings.NoiseW:R}{prosody}");

        static string UnlessDefault(string name, float value, float defaultValue) =>
            value == defaultValue ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"\n{name} {value:R}");
    }
}
