namespace Narrator.Models.Piper;

/// <summary>
/// Per-call synthesis settings of a Piper voice. A null scale takes the voice config's
/// <c>inference</c> default. <see cref="Speed"/> divides the length scale (2 = twice as fast).
/// </summary>
public sealed class PiperSynthesisSettings
{
    /// <summary>All defaults: the voice's own scales, speaker 0, normal speed.</summary>
    public static PiperSynthesisSettings Default { get; } = new();

    /// <summary>Latent noise (variation of the voice); null = the config's noise_scale.</summary>
    public float? NoiseScale { get; init; }

    /// <summary>Phoneme duration scale (larger is slower); null = the config's length_scale.</summary>
    public float? LengthScale { get; init; }

    /// <summary>Duration noise (variation of rhythm); null = the config's noise_w.</summary>
    public float? NoiseW { get; init; }

    /// <summary>Speaker id of a multi-speaker voice; null = 0. A single-speaker voice accepts only null or 0.</summary>
    public int? SpeakerId { get; init; }

    /// <summary>Speaking rate; the length scale sent to the model is LengthScale / Speed. Default 1.</summary>
    public float Speed { get; init; } = 1f;

    internal (float NoiseScale, float LengthScale, float NoiseW, long SpeakerId) Resolve(PiperVoiceConfig config, string voiceName)
    {
        var noise = NoiseScale ?? config.NoiseScale;
        var length = (LengthScale ?? config.LengthScale) / Speed;
        var noiseW = NoiseW ?? config.NoiseW;
        var errors = new List<string>();
        if (!(Speed > 0) || float.IsInfinity(Speed))
            errors.Add($"speed must be a positive number (got {Speed})");
        if (!(noise >= 0) || !(noiseW >= 0) || float.IsInfinity(noise) || float.IsInfinity(noiseW))
            errors.Add($"noise scale and noise_w must be 0 or more (got {noise}, {noiseW})");
        if (!(length > 0) || float.IsInfinity(length))
            errors.Add($"length scale must be positive (got {LengthScale ?? config.LengthScale})");
        var speaker = SpeakerId ?? 0;
        if (config.NumSpeakers > 1 && (speaker < 0 || speaker >= config.NumSpeakers))
            errors.Add($"speaker id {speaker} is outside 0..{config.NumSpeakers - 1} ({config.NumSpeakers} speakers)");
        else if (config.NumSpeakers <= 1 && speaker != 0)
            errors.Add($"speaker id {speaker} was given but the voice has a single speaker");
        if (errors.Count > 0)
            throw new ModelException($"Invalid synthesis settings for {voiceName}: {string.Join("; ", errors)}.");
        return (noise, length, noiseW, speaker);
    }
}
