namespace Narrator.Rendering.Encoding;

/// <summary>ACX's published audio requirements, as limits on levels that ffmpeg's astats reports.</summary>
public sealed class AcxLimits
{
    /// <summary>ACX's published limits, the values below.</summary>
    public static AcxLimits Default { get; } = new();

    /// <summary>Lowest RMS level of the whole file, in dBFS. Default -23.</summary>
    public double MinRmsDb { get; init; } = -23;

    /// <summary>Highest RMS level of the whole file, in dBFS. Default -18.</summary>
    public double MaxRmsDb { get; init; } = -18;

    /// <summary>Highest peak level, in dBFS. Default -3.</summary>
    public double MaxPeakDb { get; init; } = -3;

    /// <summary>Highest noise floor (RMS of the room-tone head), in dBFS. Default -60.</summary>
    public double MaxNoiseFloorDb { get; init; } = -60;

    /// <summary>Required sample rate, in Hz. Default 44,100.</summary>
    public int SampleRate { get; init; } = 44100;

    /// <summary>Required channel count. Default 1 (mono).</summary>
    public int Channels { get; init; } = 1;
}
