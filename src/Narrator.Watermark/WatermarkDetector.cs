using NWaves.Operations;
using NWaves.Signals;

namespace Narrator.Watermark;

/// <summary>
/// Finds a mark in any recording: it resamples to 16 kHz, averages the log spectrum of the speech
/// frames (silence and room tone are skipped), removes the smooth speech envelope and correlates
/// what is left with the key's cells. The sync cells give a t statistic (about 0 without a mark);
/// the data cells give the payload, checked by its CRC-8. No alignment is needed: the mark is the
/// same in every frame, so excerpts, offsets and restarted synthesis calls all read alike.
/// </summary>
public static class WatermarkDetector
{
    /// <summary>The sync score at or above which a mark is reported found.</summary>
    public const double Threshold = 5.0;

    private const int Rate = 16000;
    private const int Size = 2048;
    private const int Step = 512;
    private const int EnvelopeBins = 24;
    private const double SpeechRangeDb = 35;

    public static WatermarkDetection Detect(ReadOnlySpan<float> samples, int sampleRate, WatermarkKey key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8000);
        ArgumentNullException.ThrowIfNull(key);
        var signal = sampleRate == Rate
            ? samples.ToArray()
            : new Resampler().Resample(new DiscreteSignal(sampleRate, samples.ToArray(), allocateNew: false), Rate).Samples;
        var (logSpectrum, frames) = SpeechLogSpectrum(signal);
        var speechSeconds = frames * (double)Step / Rate;
        if (frames < 8)
        {
            return new WatermarkDetection(false, null, 0, 0, speechSeconds);
        }

        var cells = CellValues(logSpectrum);
        var layout = WatermarkLayout.For(key);
        var sync = new List<double>();
        var bits = new double[WatermarkLayout.CodeBits];
        for (var c = 0; c < WatermarkLayout.CellCount; c++)
        {
            var value = layout.Chip[c] * cells[c];
            if (layout.Role[c] < 0)
            {
                sync.Add(value);
            }
            else
            {
                bits[layout.Role[c]] += value;
            }
        }

        var score = TStatistic(sync);
        var found = score >= Threshold;
        var payload = found ? WatermarkLayout.Decode(bits.Select(b => b >= 0 ? 1 : -1).ToArray()) : null;
        return new WatermarkDetection(found, payload, 1 - UpperTail(score), score, speechSeconds);
    }

    private static (double[] LogSpectrum, int Frames) SpeechLogSpectrum(float[] signal)
    {
        var fft = new Fft(Size);
        var window = Enumerable.Range(0, Size).Select(n => 0.5 - (0.5 * Math.Cos(2 * Math.PI * n / Size))).ToArray();
        var count = signal.Length < Size ? 0 : ((signal.Length - Size) / Step) + 1;
        var powers = new double[count];
        for (var f = 0; f < count; f++)
        {
            double p = 0;
            for (var n = 0; n < Size; n++)
            {
                var x = signal[(f * Step) + n] * window[n];
                p += x * x;
            }

            powers[f] = p / Size;
        }

        var loud = count == 0 ? 0 : powers.Order().ElementAt((int)(0.95 * (count - 1)));
        var gate = Math.Max(1e-11, loud * Math.Pow(10, -SpeechRangeDb / 10));
        var sum = new double[(Size / 2) + 1];
        var used = 0;
        var re = new double[Size];
        var im = new double[Size];
        for (var f = 0; f < count; f++)
        {
            if (powers[f] < gate)
            {
                continue;
            }

            for (var n = 0; n < Size; n++)
            {
                re[n] = signal[(f * Step) + n] * window[n];
                im[n] = 0;
            }

            fft.Transform(re, im, inverse: false);
            for (var k = 0; k < sum.Length; k++)
            {
                sum[k] += Math.Log((re[k] * re[k]) + (im[k] * im[k]) + 1e-20);
            }

            used++;
        }

        return (sum.Select(s => used == 0 ? 0 : s / used).ToArray(), used);
    }

    private static double[] CellValues(double[] logSpectrum)
    {
        var totals = new double[WatermarkLayout.CellCount];
        var counts = new int[WatermarkLayout.CellCount];
        for (var k = EnvelopeBins; k < logSpectrum.Length - EnvelopeBins; k++)
        {
            var cell = WatermarkLayout.CellOf((double)k * Rate / Size);
            if (cell < 0)
            {
                continue;
            }

            double envelope = 0;
            for (var j = k - EnvelopeBins; j <= k + EnvelopeBins; j++)
            {
                envelope += logSpectrum[j];
            }

            totals[cell] += logSpectrum[k] - (envelope / ((2 * EnvelopeBins) + 1));
            counts[cell]++;
        }

        return totals.Select((t, c) => counts[c] == 0 ? 0 : t / counts[c]).ToArray();
    }

    private static double TStatistic(List<double> values)
    {
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return variance <= 0 ? 0 : mean / Math.Sqrt(variance / values.Count);
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
