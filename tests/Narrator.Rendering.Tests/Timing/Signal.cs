using Narrator.Audio.Mastering;

namespace Narrator.Rendering.Tests.Timing;

/// <summary>Measurements on decoded samples for the timing tests.</summary>
internal static class Signal
{
    /// <summary>RMS level in dB of samples [start, end), clipped to the signal.</summary>
    public static double Rms(float[] samples, long start, long end)
    {
        start = Math.Max(0, start);
        end = Math.Min(samples.Length, end);
        var meter = new LevelMeter();
        meter.Add(samples.AsSpan((int)start, (int)Math.Max(0, end - start)));
        return meter.RmsDb;
    }
}
