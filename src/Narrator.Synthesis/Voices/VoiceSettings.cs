using Narrator.Core;

namespace Narrator.Synthesis.Voices;

/// <summary>How a voice speaks. Unset values take the voice's own defaults.</summary>
public sealed class VoiceSettings
{
    /// <summary>Speaking rate: 2 is twice as fast, 0.5 half as fast. Default 1.</summary>
    public float Speed { get; init; } = 1f;

    /// <summary>
    /// Semitones added to the pitch the model predicts: 0 as predicted, 12 an octave up, -12 an octave down.
    /// Only voices whose model has prosody controls take other than 0. Default 0.
    /// </summary>
    public float Pitch { get; init; }

    /// <summary>
    /// Factor on the energy (loudness) the model predicts for every phoneme: 2 twice, 0.5 half.
    /// Only voices whose model has prosody controls take other than 1. Default 1.
    /// </summary>
    public float Energy { get; init; } = 1f;

    /// <summary>Variation of the voice (Piper's noise_scale); 0 switches it off. Output is repeatable either way (noise is seeded per utterance).</summary>
    public float? NoiseScale { get; init; }

    /// <summary>Variation of phoneme durations (Piper's noise_w); 0 switches it off. Output is repeatable either way (noise is seeded per utterance).</summary>
    public float? NoiseW { get; init; }

    /// <summary>Speaker of a multi-speaker voice, from 0.</summary>
    public int? SpeakerId { get; init; }

    /// <summary>Speed, pitch and energy of the voice as trained, its default speaker.</summary>
    public static VoiceSettings Default { get; } = new();

    /// <summary>Checks every setting against its range.</summary>
    /// <exception cref="NarratorException">Settings out of range; the message lists each one.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (!(Speed is >= 0.25f and <= 4f))
        {
            errors.Add($"speed {Speed} is outside 0.25..4");
        }

        if (!(Pitch is >= -12f and <= 12f))
        {
            errors.Add($"pitch {Pitch} is outside -12..12 semitones");
        }

        if (!(Energy is >= 0.25f and <= 4f))
        {
            errors.Add($"energy {Energy} is outside 0.25..4");
        }

        if (NoiseScale is < 0 or > 2)
        {
            errors.Add($"noise scale {NoiseScale} is outside 0..2");
        }

        if (NoiseW is < 0 or > 2)
        {
            errors.Add($"noise width {NoiseW} is outside 0..2");
        }

        if (SpeakerId is < 0)
        {
            errors.Add($"speaker id {SpeakerId} is negative");
        }

        if (errors.Count > 0)
        {
            throw new NarratorException("Invalid voice settings: " + string.Join("; ", errors) + ".");
        }
    }

    /// <summary>Refuses a pitch or energy other than the default for a voice whose model has no such control, rather than ignoring it.</summary>
    internal void CheckSupportedBy(IVoice voice)
    {
        if (voice.HasProsodyControls)
        {
            return;
        }

        var unsupported = new List<string>();
        if (Pitch != 0f)
        {
            unsupported.Add($"cannot shift its pitch by {Pitch} semitones: its model has no pitch control");
        }

        if (Energy != 1f)
        {
            unsupported.Add($"cannot scale its energy by {Energy}: its model has no energy control");
        }

        if (unsupported.Count > 0)
        {
            throw new NarratorException(
                $"Voice '{voice.Name}' {string.Join("; and ", unsupported)}. " +
                "Only Narrator bundles exported with prosody controls take a pitch or an energy; leave pitch at 0 and energy at 1 for this voice.");
        }
    }
}
