namespace Narrator.Rendering.Encoding;

/// <summary>ACX's published audio requirements, as limits on levels that ffmpeg's astats reports.</summary>
public sealed class AcxLimits
{
    public static AcxLimits Default { get; } = new();

    public double MinRmsDb { get; init; } = -23;

    public double MaxRmsDb { get; init; } = -18;

    public double MaxPeakDb { get; init; } = -3;

    public double MaxNoiseFloorDb { get; init; } = -60;

    public int SampleRate { get; init; } = 44100;

    public int Channels { get; init; } = 1;
}
