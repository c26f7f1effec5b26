using System.Globalization;

namespace Narrator.Voices;

/// <summary>Quality figures of one reference recording or script take, and why it was rejected if it was.</summary>
public sealed record QaReport
{
    /// <summary>The recording's file name.</summary>
    public required string File { get; init; }

    /// <summary>Its sample rate in Hz.</summary>
    public int SampleRate { get; init; }

    /// <summary>Its length in seconds.</summary>
    public double Seconds { get; init; }

    /// <summary>Seconds of it that are speech.</summary>
    public double SpeechSeconds { get; init; }

    /// <summary>Share of 20 ms frames that are speech.</summary>
    public double SpeechShare { get; init; }

    /// <summary>Share of samples at |x| ≥ 0.999.</summary>
    public double ClippedShare { get; init; }

    /// <summary>Speech-frame level (90th percentile RMS) over noise-frame level (10th percentile RMS), in dB.</summary>
    public double SnrDb { get; init; }

    /// <summary>Speech level: the 90th percentile of 20 ms frame RMS, in dBFS (takes only).</summary>
    public double? LevelDb { get; init; }

    /// <summary>The longest silence between the first and the last speech frame, in seconds (takes only).</summary>
    public double? LongestPauseSeconds { get; init; }

    /// <summary>The prompt's words per minute from the first to the last speech frame (takes only).</summary>
    public double? WordsPerMinute { get; init; }

    /// <summary>What the recognizer heard (takes only).</summary>
    public string? Heard { get; init; }

    /// <summary>Word error rate of <see cref="Heard"/> against the prompt (takes only).</summary>
    public double? WordErrorRate { get; init; }

    /// <summary>Why the recording is refused; null when it passes.</summary>
    public string? Rejection { get; init; }

    /// <summary>Whether the recording passed.</summary>
    public bool Passed => Rejection is null;

    /// <summary>The figures as one line for people ("12.3 s, 10.1 s speech, SNR 32 dB…").</summary>
    public string Figures()
    {
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{SampleRate} Hz, {Seconds:0.0} s, {SpeechSeconds:0.0} s speech ({SpeechShare:P0}), clipped {ClippedShare:P3}, SNR {SnrDb:0.0} dB");
        if (LevelDb is { } level)
        {
            figures += string.Create(CultureInfo.InvariantCulture, $", level {level:0.0} dBFS, longest pause {LongestPauseSeconds:0.00} s, {WordsPerMinute:0} words/min");
        }

        if (WordErrorRate is { } wer)
        {
            figures += string.Create(CultureInfo.InvariantCulture, $", WER {wer:P0} (heard \"{Heard}\")");
        }

        return figures;
    }
}
