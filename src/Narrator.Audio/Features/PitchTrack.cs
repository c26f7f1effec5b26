using Narrator.Audio.Mastering;
using NWaves.Features;

namespace Narrator.Audio.Features;

/// <summary>
/// Fundamental frequency of speech, frame by frame (YIN over 40 ms frames every 10 ms, 60–500 Hz).
/// A frame is voiced when YIN finds a period and the frame is within 35 dB of the loudest one.
/// </summary>
public sealed class PitchTrack
{
    private const float LowestHz = 60f;
    private const float HighestHz = 500f;
    private const float YinThreshold = 0.2f;
    private const double QuietestDb = 35;

    private PitchTrack(double[] hertz, double frameSeconds)
    {
        Hertz = hertz;
        FrameSeconds = frameSeconds;
        var voiced = hertz.Where(f => f > 0).Order().ToArray();
        VoicedFraction = hertz.Length == 0 ? 0 : (double)voiced.Length / hertz.Length;
        MedianHz = voiced.Length == 0 ? double.NaN : voiced[voiced.Length / 2];
    }

    /// <summary>F0 of each frame in Hz; 0 where the frame is unvoiced.</summary>
    public IReadOnlyList<double> Hertz { get; }

    /// <summary>Time between frames, in seconds (0.01).</summary>
    public double FrameSeconds { get; }

    /// <summary>Median F0 of the voiced frames; NaN when none is voiced.</summary>
    public double MedianHz { get; }

    /// <summary>Share of frames that are voiced, 0 to 1.</summary>
    public double VoicedFraction { get; }

    /// <summary>Tracks the pitch of <paramref name="samples"/> (mono, at <paramref name="sampleRate"/> Hz).</summary>
    public static PitchTrack Estimate(float[] samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8000);
        var frame = sampleRate * 40 / 1000;
        var hop = sampleRate / 100;
        var count = samples.Length < frame ? 0 : 1 + (samples.Length - frame) / hop;
        var levels = new double[count];
        for (var i = 0; i < count; i++)
        {
            double sum = 0;
            for (var n = i * hop; n < i * hop + frame; n++)
            {
                sum += samples[n] * (double)samples[n];
            }

            levels[i] = Decibels.FromMeanSquare(sum / frame);
        }

        var loudest = count == 0 ? 0 : levels.Max();
        var hertz = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (double.IsNegativeInfinity(levels[i]) || levels[i] < loudest - QuietestDb)
            {
                continue;
            }

            var f0 = Pitch.FromYin(samples, sampleRate, i * hop, i * hop + frame, LowestHz, HighestHz, YinThreshold);
            hertz[i] = f0 is >= LowestHz and <= HighestHz ? f0 : 0;
        }

        return new PitchTrack(hertz, hop / (double)sampleRate);
    }
}
