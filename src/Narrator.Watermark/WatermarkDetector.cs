using System.Numerics;
using NWaves.Operations;
using NWaves.Signals;

namespace Narrator.Watermark;

/// <summary>
/// Finds a mark in any recording: it resamples to 16 kHz, whitens each speech frame's log spectrum
/// (silence and room tone are skipped) and sums it, chip-weighted, per cell. The mark flips sign
/// every <see cref="WatermarkLayout.BlockSeconds"/>, a square wave that <see cref="BlockModulation"/>
/// measures per cell, window by window, with a free phase. Score: the power of the sync cells summed
/// with their own chips, against what any other ±1 pattern over the same cells would give on this
/// recording (its mean and spread follow from the cells' covariance), so whatever rhythm the voice
/// itself has cancels out: mean 0, spread about 1 without a mark. The coded bits are read coherently against
/// the sync's phase in each window and decoded (<see cref="ConvolutionalCode"/>); the payload is
/// accepted when its CRC-16 verifies. Found: score at least <see cref="Threshold"/> with a verified
/// payload, or at least <see cref="StrongThreshold"/>.
/// </summary>
public static class WatermarkDetector
{
    /// <summary>The sync score at or above which a mark is reported found when its payload's CRC-16 also verifies.</summary>
    public const double Threshold = 2.0;

    /// <summary>The sync score at or above which a mark is reported found even when its payload is damaged.</summary>
    public const double StrongThreshold = 8.0;

    /// <summary>The lowest sample rate a recording can be searched at.</summary>
    public const int MinimumSampleRate = 8000;

    private const int Rate = 16000;
    private const int Step = 512;

    public static WatermarkDetection Detect(ReadOnlySpan<float> samples, int sampleRate, WatermarkKey key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, MinimumSampleRate);
        ArgumentNullException.ThrowIfNull(key);
        var signal = sampleRate == Rate
            ? samples.ToArray()
            : new Resampler().Resample(new DiscreteSignal(sampleRate, samples.ToArray(), allocateNew: false), Rate).Samples;
        var layout = WatermarkLayout.For(key);
        var series = CellSeries.Measure(signal, Rate, Step, layout);
        var speechSeconds = series.Speech.Count(s => s) * (double)Step / Rate;
        var modulation = new BlockModulation(series, (double)Rate / Step);
        if (modulation.Windows == 0 || speechSeconds < 2)
        {
            return new WatermarkDetection(false, null, 0, 0, speechSeconds);
        }

        var cells = modulation.Coefficients(1 / (2 * WatermarkLayout.BlockSeconds));
        var syncCells = Enumerable.Range(0, WatermarkLayout.CellCount).Where(c => layout.Role[c] < 0).ToArray();
        var sync = SumOver(cells, syncCells);
        var score = SyncScore(cells, syncCells, sync);
        var payload = score >= Threshold ? ReadPayload(cells, layout, sync) : null;
        var found = payload is not null || score >= StrongThreshold;
        return new WatermarkDetection(found, payload, 1 - UpperTail(score), score, speechSeconds);
    }

    // Each coded bit's cell, projected on the sync's phase window by window: its sign is the bit.
    private static uint? ReadPayload(Complex[,] cells, WatermarkLayout layout, Complex[] sync)
    {
        var soft = new double[WatermarkLayout.CodeBits];
        for (var j = 0; j < soft.Length; j++)
        {
            var bit = SumOver(cells, Enumerable.Range(0, WatermarkLayout.CellCount).Where(c => layout.Role[c] == j).ToArray());
            soft[j] = bit.Zip(sync, (b, s) => (b * Complex.Conjugate(s)).Real).Sum();
        }

        return WatermarkLayout.Decode(soft);
    }

    private static Complex[] SumOver(Complex[,] cells, int[] which)
    {
        var sums = new Complex[cells.GetLength(0)];
        for (var w = 0; w < sums.Length; w++)
        {
            foreach (var c in which)
            {
                sums[w] += cells[w, c];
            }
        }

        return sums;
    }

    // T = sum over windows of |sync|^2. For a random ±1 pattern d over the same cells, T(d) = d'Md
    // with M the cells' covariance summed over windows: mean trace(M), variance twice the sum of its
    // squared off-diagonal entries. The sync chips are such a pattern unless a mark made them special.
    private static double SyncScore(Complex[,] cells, int[] syncCells, Complex[] sync)
    {
        var k = syncCells.Length;
        var covariance = new double[k, k];
        for (var w = 0; w < cells.GetLength(0); w++)
        {
            for (var i = 0; i < k; i++)
            {
                for (var j = 0; j < k; j++)
                {
                    covariance[i, j] += (cells[w, syncCells[i]] * Complex.Conjugate(cells[w, syncCells[j]])).Real;
                }
            }
        }

        double trace = 0;
        double offDiagonal = 0;
        for (var i = 0; i < k; i++)
        {
            trace += covariance[i, i];
            for (var j = 0; j < k; j++)
            {
                offDiagonal += i == j ? 0 : covariance[i, j] * covariance[i, j];
            }
        }

        var power = sync.Sum(s => s.Magnitude * s.Magnitude);
        return offDiagonal > 0 ? (power - trace) / Math.Sqrt(2 * offDiagonal) : 0;
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
