using Narrator.Core;

namespace Narrator.Synthesis.Voices;

/// <summary>How a voice speaks. Unset values take the voice's own defaults.</summary>
public sealed class VoiceSettings
{
    /// <summary>Speaking rate: 2 is twice as fast, 0.5 half as fast. Default 1.</summary>
    public float Speed { get; init; } = 1f;

    /// <summary>Variation of the voice (Piper's noise_scale); 0 switches it off. Output is repeatable either way (noise is seeded per utterance).</summary>
    public float? NoiseScale { get; init; }

    /// <summary>Variation of phoneme durations (Piper's noise_w); 0 switches it off. Output is repeatable either way (noise is seeded per utterance).</summary>
    public float? NoiseW { get; init; }

    /// <summary>Speaker of a multi-speaker voice, from 0.</summary>
    public int? SpeakerId { get; init; }

    public static VoiceSettings Default { get; } = new();

    public void Validate()
    {
        var errors = new List<string>();
        if (!(Speed is >= 0.25f and <= 4f))
        {
            errors.Add($"speed {Speed} is outside 0.25..4");
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
}
