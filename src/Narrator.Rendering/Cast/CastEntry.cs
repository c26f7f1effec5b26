using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Cast;

/// <summary>
/// One voice of a cast file as written: <see cref="Voice"/> is anything <c>--voice</c> accepts (a stock
/// name, a bundle folder, a Piper .onnx, an enrolled voice id). <see cref="Label"/> says where it was
/// written ("characters.Alice in cast.json") for error messages. Unset values take the command's.
/// </summary>
public sealed record CastEntry(string Label, string Voice)
{
    /// <summary>A speaker of a multi-speaker voice (a bundle's stock speaker, a Piper speaker id or name).</summary>
    public string? Speaker { get; init; }

    /// <summary>Speaking speed for this voice (1 as trained); null takes the command's.</summary>
    public float? Speed { get; init; }

    /// <summary>Pitch shift in semitones for this voice; null takes the command's.</summary>
    public float? Pitch { get; init; }

    /// <summary>Energy factor for this voice (1 as trained); null takes the command's.</summary>
    public float? Energy { get; init; }

    /// <summary>
    /// <paramref name="defaults"/> with this entry's speed, pitch and energy where it gives them. A speaker id is
    /// not carried over: it belongs to the voice it was given for.
    /// </summary>
    public VoiceSettings Over(VoiceSettings defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new VoiceSettings
        {
            Speed = Speed ?? defaults.Speed,
            Pitch = Pitch ?? defaults.Pitch,
            Energy = Energy ?? defaults.Energy,
            NoiseScale = defaults.NoiseScale,
            NoiseW = defaults.NoiseW,
        };
    }
}
