using System.Globalization;

namespace Narrator.Voices;

/// <summary>Quality figures of one reference recording, and why it was rejected if it was.</summary>
public sealed record QaReport
{
    public required string File { get; init; }

    public int SampleRate { get; init; }

    public double Seconds { get; init; }

    public double SpeechSeconds { get; init; }

    /// <summary>Share of 20 ms frames that are speech.</summary>
    public double SpeechShare { get; init; }

    /// <summary>Share of samples at |x| ≥ 0.999.</summary>
    public double ClippedShare { get; init; }

    /// <summary>Speech-frame level (90th percentile RMS) over noise-frame level (10th percentile RMS), in dB.</summary>
    public double SnrDb { get; init; }

    /// <summary>Why the recording is refused; null when it passes.</summary>
    public string? Rejection { get; init; }

    public bool Passed => Rejection is null;

    public string Figures() => string.Create(CultureInfo.InvariantCulture,
        $"{SampleRate} Hz, {Seconds:0.0} s, {SpeechSeconds:0.0} s speech ({SpeechShare:P0}), clipped {ClippedShare:P3}, SNR {SnrDb:0.0} dB");
}
