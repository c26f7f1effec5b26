using NWaves.Transforms;

namespace Narrator.Watermark;

/// <summary>
/// A recording's speech frames as the detector sees them: each frame's log power spectrum, whitened by
/// its own local envelope, clipped and less what all its bins share, over every bin the mark could
/// have moved to (its band widened by the largest pitch change searched). Each bin also gets a
/// weight, the share of its power that is speech rather than the recording's floor: bins a channel
/// removed (the telephone band, a codec's low-pass) or that noise buried weigh nothing, so they add
/// no noise to the cells they fall in.
/// </summary>
internal sealed class WhitenedFrames
{
    public const int Size = 2048;
    private const int EnvelopeBins = 24;
    private const double SpeechRangeDb = 25;
    private const double Clip = 2.5;
    private const double FloorPercentile = 0.1;
    private const double DeadBelowLoudestBin = 1e-6;

    private WhitenedFrames(double[,] white, bool[] speech, double[] weights, int firstBin, double binHz)
    {
        White = white;
        Speech = speech;
        Weights = weights;
        FirstBin = firstBin;
        BinHz = binHz;
    }

    /// <summary>Per frame and stored bin, the whitened log power (0 in frames that are not speech).</summary>
    public double[,] White { get; }

    public bool[] Speech { get; }

    /// <summary>Per stored bin, from 0 (no speech there) to 1 (speech well above the floor).</summary>
    public double[] Weights { get; }

    /// <summary>The FFT bin of stored bin 0.</summary>
    public int FirstBin { get; }

    public double BinHz { get; }

    public int Frames => Speech.Length;

    public int Bins => Weights.Length;

    public static WhitenedFrames Measure(float[] signal, int rate, int step, double lowHz, double highHz)
    {
        var fft = new Fft64(Size);
        var window = Enumerable.Range(0, Size).Select(n => 0.5 - (0.5 * Math.Cos(2 * Math.PI * n / Size))).ToArray();
        var count = signal.Length < Size ? 0 : ((signal.Length - Size) / step) + 1;
        var binHz = (double)rate / Size;
        var first = Math.Max(EnvelopeBins, (int)Math.Floor(lowHz / binHz));
        var last = Math.Min((Size / 2) - EnvelopeBins - 1, (int)Math.Ceiling(highHz / binHz));
        var bins = Math.Max(0, last - first + 1);
        var power = new double[count, bins];
        var frameEnergy = new double[count];
        var logs = new double[count][];
        var re = new double[Size];
        var im = new double[Size];
        for (var f = 0; f < count; f++)
        {
            for (var n = 0; n < Size; n++)
            {
                re[n] = signal[(f * step) + n] * window[n];
                im[n] = 0;
                frameEnergy[f] += re[n] * re[n];
            }

            fft.Direct(re, im);
            var log = logs[f] = new double[last + EnvelopeBins + 1 - (first - EnvelopeBins)];
            for (var k = first - EnvelopeBins; k <= last + EnvelopeBins; k++)
            {
                var p = (re[k] * re[k]) + (im[k] * im[k]);
                log[k - first + EnvelopeBins] = Math.Log(p + 1e-20);
                if (k >= first && k <= last)
                {
                    power[f, k - first] = p;
                }
            }
        }

        var speech = SpeechFrames(frameEnergy);
        var weights = BinWeights(power, speech);
        var white = new double[count, bins];
        for (var f = 0; f < count; f++)
        {
            if (!speech[f])
            {
                continue;
            }

            Whiten(logs[f], weights, white, f);
        }

        return new WhitenedFrames(white, speech, weights, first, binHz);
    }

    // The frames within SpeechRangeDb of the loud ones (the 95th percentile of frame energy).
    private static bool[] SpeechFrames(double[] energy)
    {
        var loud = energy.Length == 0 ? 0 : energy.Order().ElementAt((int)(0.95 * (energy.Length - 1)));
        var gate = Math.Max(1e-11 * Size, loud * Math.Pow(10, -SpeechRangeDb / 10));
        return energy.Select(e => e >= gate).ToArray();
    }

    // A bin's floor is its low percentile over all frames, its level its mean over the speech frames.
    private static double[] BinWeights(double[,] power, bool[] speech)
    {
        var frames = power.GetLength(0);
        var bins = power.GetLength(1);
        var weights = new double[bins];
        var speechCount = speech.Count(s => s);
        if (speechCount == 0)
        {
            return weights;
        }

        var levels = new double[bins];
        var column = new double[frames];
        for (var k = 0; k < bins; k++)
        {
            for (var f = 0; f < frames; f++)
            {
                column[f] = power[f, k];
                levels[k] += speech[f] ? power[f, k] / speechCount : 0;
            }

            Array.Sort(column);
            var floor = column[(int)(FloorPercentile * (frames - 1))];
            weights[k] = levels[k] > 0 ? Math.Max(0, 1 - (floor / levels[k])) : 0;
        }

        var loudest = levels.Max();
        for (var k = 0; k < bins; k++)
        {
            weights[k] = levels[k] < loudest * DeadBelowLoudestBin ? 0 : weights[k];
        }

        return weights;
    }

    private static void Whiten(double[] log, double[] weights, double[,] white, int frame)
    {
        var bins = weights.Length;
        var row = new double[bins];
        double shared = 0;
        double weightSum = 0;
        var envelope = 0.0;
        for (var j = 0; j < (2 * EnvelopeBins) + 1; j++)
        {
            envelope += log[j];
        }

        for (var k = 0; k < bins; k++)
        {
            // log[k + EnvelopeBins] is stored bin k; the envelope is the mean of the 2E+1 bins around it.
            if (k > 0)
            {
                envelope += log[k + (2 * EnvelopeBins)] - log[k - 1];
            }

            row[k] = Math.Clamp(log[k + EnvelopeBins] - (envelope / ((2 * EnvelopeBins) + 1)), -Clip, Clip);
            shared += weights[k] * row[k];
            weightSum += weights[k];
        }

        shared = weightSum > 0 ? shared / weightSum : 0;
        for (var k = 0; k < bins; k++)
        {
            white[frame, k] = row[k] - shared;
        }
    }
}
