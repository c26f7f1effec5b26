namespace Narrator.Watermark;

/// <summary>How strongly and where the embedder marks. Validated when an embedder is made.</summary>
public sealed class WatermarkOptions
{
    /// <summary>Default options: strength 0.15, level cap -20 dB, silence gate at -55 dBFS.</summary>
    public static WatermarkOptions Default { get; } = new();

    /// <summary>
    /// Relative change of each marked 0.5-6.5 kHz spectral bin's magnitude (0 &lt; s &lt; 0.5). The mark's
    /// energy is about s squared times the speech energy in that band. [default: 0.15]
    /// </summary>
    public double Strength { get; init; } = 0.15;

    /// <summary>
    /// Cap on the mark's energy relative to each frame's energy, in dB: the strength is lowered in
    /// frames whose energy lies mostly in the marked band. [default: -20]
    /// </summary>
    public double MaxLevelDb { get; init; } = -20;

    /// <summary>Frames quieter than this (RMS, dBFS) are left bit-identical. [default: -55]</summary>
    public double SilenceGateDbfs { get; init; } = -55;

    internal void Validate()
    {
        var errors = new List<string>();
        if (!(Strength > 0 && Strength < 0.5))
        {
            errors.Add($"Strength must be between 0 and 0.5 (got {Strength}).");
        }

        if (!(SilenceGateDbfs < 0 && SilenceGateDbfs > -200))
        {
            errors.Add($"SilenceGateDbfs must be between -200 and 0 (got {SilenceGateDbfs}).");
        }

        if (!(MaxLevelDb < 0 && MaxLevelDb >= -80))
        {
            errors.Add($"MaxLevelDb must be between -80 and 0 (got {MaxLevelDb}).");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid watermark options: " + string.Join(" ", errors));
        }
    }
}
