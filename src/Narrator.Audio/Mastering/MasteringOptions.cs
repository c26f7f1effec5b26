namespace Narrator.Audio.Mastering;

/// <summary>
/// How a chapter is mastered. The defaults (<see cref="Acx"/>) meet ACX's published audio
/// requirements with a margin: 44.1 kHz mono, RMS −20 dB (ACX: −23 to −18), peaks at most
/// −3.5 dBFS (ACX: −3), room tone of 0.75 s at the head and 2 s at the tail at −75 dB RMS
/// (ACX: noise floor at most −60 dB, never digital silence), parts of at most 120 minutes.
/// </summary>
public sealed class MasteringOptions
{
    /// <summary>The defaults, which meet ACX's requirements.</summary>
    public static MasteringOptions Acx { get; } = new();

    /// <summary>Output sample rate in Hz; 44,100 by default.</summary>
    public int SampleRate { get; init; } = 44100;

    /// <summary>RMS level of the whole file (room tone included) in dB; −20 by default.</summary>
    public double TargetRmsDb { get; init; } = -20;

    /// <summary>The limiter's ceiling for sample peaks in dBFS; −3.5 by default.</summary>
    public double PeakCeilingDb { get; init; } = -3.5;

    /// <summary>Room tone before the speech; 0.75 s by default.</summary>
    public TimeSpan HeadRoomTone { get; init; } = TimeSpan.FromSeconds(0.75);

    /// <summary>Room tone after the speech; 2 s by default.</summary>
    public TimeSpan TailRoomTone { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>RMS level of the room tone (low noise, never digital silence); −75 dB by default.</summary>
    public double RoomToneLevelDb { get; init; } = -75;

    /// <summary>Longest part; a longer chapter is split at a quiet point. 120 minutes by default.</summary>
    public TimeSpan MaxPartDuration { get; init; } = TimeSpan.FromMinutes(120);

    /// <summary>Leading and trailing audio whose peaks stay below this level is trimmed; −50 dBFS by default.</summary>
    public double SilenceThresholdDb { get; init; } = -50;

    /// <summary>Quiet audio kept before the first and after the last sound; 50 ms by default.</summary>
    public TimeSpan KeepSilence { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How far the limiter looks ahead; 5 ms by default.</summary>
    public TimeSpan LimiterLookahead { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>The limiter's release time constant; 80 ms by default.</summary>
    public TimeSpan LimiterRelease { get; init; } = TimeSpan.FromMilliseconds(80);

    /// <summary>Seed of the room-tone noise, so that a render is reproducible.</summary>
    public int RoomToneSeed { get; init; } = 1;

    /// <summary>Every problem with these options; empty when they are usable.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            var errors = new List<string>();
            Check(errors, SampleRate is >= 8000 and <= 192000, $"SampleRate {SampleRate} Hz is outside 8,000–192,000.");
            Check(errors, TargetRmsDb is < 0 and > -60, $"TargetRmsDb {TargetRmsDb} must lie between −60 and 0 dB.");
            Check(errors, PeakCeilingDb is < 0 and > -40, $"PeakCeilingDb {PeakCeilingDb} must lie between −40 and 0 dBFS.");
            Check(errors, PeakCeilingDb > TargetRmsDb, $"PeakCeilingDb {PeakCeilingDb} must be above TargetRmsDb {TargetRmsDb}.");
            Check(errors, HeadRoomTone >= TimeSpan.Zero, "HeadRoomTone must not be negative.");
            Check(errors, TailRoomTone >= TimeSpan.Zero, "TailRoomTone must not be negative.");
            Check(errors, RoomToneLevelDb is < -40 and >= -120, $"RoomToneLevelDb {RoomToneLevelDb} must lie between −120 and −40 dB.");
            Check(errors, MaxPartDuration > HeadRoomTone + TailRoomTone + TimeSpan.FromSeconds(1), "MaxPartDuration must exceed the room tone by at least a second.");
            Check(errors, SilenceThresholdDb is < 0 and > -120, $"SilenceThresholdDb {SilenceThresholdDb} must lie between −120 and 0 dBFS.");
            Check(errors, KeepSilence >= TimeSpan.Zero, "KeepSilence must not be negative.");
            Check(errors, LimiterLookahead > TimeSpan.Zero && LimiterLookahead <= TimeSpan.FromMilliseconds(50), "LimiterLookahead must lie between 0 and 50 ms.");
            Check(errors, LimiterRelease > TimeSpan.Zero, "LimiterRelease must be positive.");
            return errors;
        }
    }

    /// <summary>Throws one exception listing every problem, if there is any.</summary>
    public void Validate()
    {
        var errors = Errors;
        if (errors.Count > 0)
        {
            throw new AudioException("Mastering options are not usable: " + string.Join(" ", errors));
        }
    }

    internal int Samples(TimeSpan duration) => (int)Math.Round(duration.TotalSeconds * SampleRate);

    private static void Check(List<string> errors, bool ok, string message)
    {
        if (!ok)
        {
            errors.Add(message);
        }
    }
}
