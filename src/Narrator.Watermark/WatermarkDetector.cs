using NWaves.Operations;
using NWaves.Signals;

namespace Narrator.Watermark;

/// <summary>
/// Finds a mark in any recording: it resamples to 16 kHz, whitens each speech frame's log spectrum
/// (silence and room tone are skipped) and correlates it with the key's cells, per role. The mark
/// flips sign every <see cref="WatermarkLayout.BlockSeconds"/>, so each role's series is differenced
/// against the frames half a period away; that cancels the voice's fixed spectral detail and needs no
/// alignment, whatever the offset or however often synthesis restarted. Two halves of the sync
/// cells must agree (a t statistic over half-second groups, on the normal scale: about N(0,1) without a mark); the data cells,
/// demodulated against the sync series, give the payload, checked by its CRC-8. Found: score at least
/// <see cref="Threshold"/> with a verified payload, or at least <see cref="StrongThreshold"/>.
/// </summary>
public static class WatermarkDetector
{
    /// <summary>The sync score at or above which a mark is reported found when its payload's CRC-8 also verifies.</summary>
    public const double Threshold = 3.5;

    /// <summary>The sync score at or above which a mark is reported found even when its payload is damaged.</summary>
    public const double StrongThreshold = 7.0;

    private const int Rate = 16000;
    private const int Step = 512;
    private const int Group = 16;

    public static WatermarkDetection Detect(ReadOnlySpan<float> samples, int sampleRate, WatermarkKey key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8000);
        ArgumentNullException.ThrowIfNull(key);
        var signal = sampleRate == Rate
            ? samples.ToArray()
            : new Resampler().Resample(new DiscreteSignal(sampleRate, samples.ToArray(), allocateNew: false), Rate).Samples;
        var layout = WatermarkLayout.For(key);
        var series = RoleSeries.Measure(signal, Rate, Step, layout);
        var lag = (int)Math.Round(WatermarkLayout.BlockSeconds * Rate / Step);
        var groups = new List<double>();
        var bits = new double[WatermarkLayout.CodeBits];
        double group = 0;
        var inGroup = 0;
        var used = 0;
        for (var t = lag; t < series.Frames - lag; t++)
        {
            if (!series.Speech[t] || !series.Speech[t - lag] || !series.Speech[t + lag])
            {
                continue;
            }

            var s1 = series.Difference(RoleSeries.SyncA, t, lag);
            var s2 = series.Difference(RoleSeries.SyncB, t, lag);
            for (var j = 0; j < bits.Length; j++)
            {
                bits[j] += (s1 + s2) * series.Difference(j, t, lag);
            }

            group += s1 * s2;
            used++;
            if (++inGroup == Group)
            {
                groups.Add(group);
                (group, inGroup) = (0, 0);
            }
        }

        var speechSeconds = used * (double)Step / Rate;
        if (groups.Count < 4)
        {
            return new WatermarkDetection(false, null, 0, 0, speechSeconds);
        }

        var score = TStatistic(groups);
        // Unmarked audio reaches the threshold now and then; its random bits then pass the CRC only
        // once in 256 times, so both together make a false alarm rare.
        var payload = score >= Threshold ? WatermarkLayout.Decode(bits.Select(b => b >= 0 ? 1 : -1).ToArray()) : null;
        var found = payload is not null || score >= StrongThreshold;
        return new WatermarkDetection(found, payload, 1 - UpperTail(score), score, speechSeconds);
    }

    // The t statistic of the group sums, mapped to the normal scale for its degrees of freedom
    // (Wallace's approximation), so that a short recording's few groups do not inflate the score.
    private static double TStatistic(List<double> values)
    {
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        if (variance <= 0)
        {
            return 0;
        }

        var t = mean / Math.Sqrt(variance / values.Count);
        double dof = values.Count - 1;
        var z = (dof - (2.0 / 3) + (0.1 / dof)) * Math.Sqrt(Math.Log(1 + (t * t / dof)) / (dof - (5.0 / 6)));
        return Math.Sign(t) * z;
    }

    // Normal upper tail (Abramowitz and Stegun 7.1.26), close enough for a confidence figure.
    private static double UpperTail(double z)
    {
        if (z < 0)
        {
            return 1 - UpperTail(-z);
        }

        var x = z / Math.Sqrt(2);
        var t = 1 / (1 + (0.3275911 * x));
        var poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
        return 0.5 * poly * Math.Exp(-x * x);
    }
}
