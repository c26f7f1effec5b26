using System.Globalization;

namespace Narrator.Rendering.Encoding;

/// <summary>
/// Levels of an audio file as ffmpeg's astats reports them: RMS and peak level of the whole file,
/// and the noise floor as the RMS level of the first 0.5 s (the room-tone head).
/// </summary>
public sealed record LevelReport(double RmsDb, double PeakDb, double NoiseFloorDb, TimeSpan Duration, int SampleRate, int Channels)
{
    /// <summary>The length in samples (per channel).</summary>
    public long Samples => (long)Math.Round(Duration.TotalSeconds * SampleRate);

    /// <summary>Length of the head whose RMS level is the noise floor.</summary>
    public static TimeSpan NoiseFloorWindow { get; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Checks these levels against <paramref name="limits"/> (<see cref="AcxLimits.Default"/> when null).</summary>
    public AcxCheck Check(AcxLimits? limits = null)
    {
        limits ??= AcxLimits.Default;
        var failures = new List<string>();
        if (!(RmsDb >= limits.MinRmsDb))
        {
            failures.Add($"RMS {Db(RmsDb)} is below {Db(limits.MinRmsDb)}");
        }

        if (RmsDb > limits.MaxRmsDb)
        {
            failures.Add($"RMS {Db(RmsDb)} is above {Db(limits.MaxRmsDb)}");
        }

        if (PeakDb > limits.MaxPeakDb)
        {
            failures.Add($"peak {Db(PeakDb)} is above {Db(limits.MaxPeakDb)}");
        }

        if (NoiseFloorDb > limits.MaxNoiseFloorDb)
        {
            failures.Add($"noise floor {Db(NoiseFloorDb)} is above {Db(limits.MaxNoiseFloorDb)}");
        }

        if (SampleRate != limits.SampleRate)
        {
            failures.Add($"sample rate {SampleRate} Hz is not {limits.SampleRate} Hz");
        }

        if (Channels != limits.Channels)
        {
            failures.Add($"{Channels} channels, not {limits.Channels}");
        }

        return new AcxCheck(failures);
    }

    /// <summary>Measures a file with ffmpeg (astats on the whole file and on its first 0.5 s) and ffprobe.</summary>
    public static Task<LevelReport> MeasureAsync(string audioFile, CancellationToken cancellationToken = default) =>
        LevelMeasurement.MeasureAsync(audioFile, cancellationToken);

    private static string Db(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " dB";
}
