namespace Narrator.Text.Ssml;

/// <summary>
/// How a piece of an SSML document is spoken, relative to the voice's own way: <see cref="Rate"/> as a
/// factor (2 twice as fast), <see cref="Pitch"/> in semitones, <see cref="VolumeDb"/> as a gain in
/// decibels (negative infinity for silent).
/// </summary>
public sealed record SsmlProsody(float Rate, float Pitch, float VolumeDb)
{
    /// <summary>No change: rate 1, pitch and volume offsets 0.</summary>
    public static SsmlProsody Neutral { get; } = new(1f, 0f, 0f);

    /// <summary>This prosody with <paramref name="inner"/> applied on top, as nested elements combine.</summary>
    public SsmlProsody Then(SsmlProsody inner) => new(Rate * inner.Rate, Pitch + inner.Pitch, VolumeDb + inner.VolumeDb);
}
