using NWaves.Transforms;

namespace Narrator.Evaluation;

/// <summary>
/// How loud a mark is against the speech it rides on (listening-free proxies for audibility): its
/// energy relative to the speech's overall, the segmental SNR (the mean over 32 ms speech frames of
/// each frame's speech-to-mark ratio, clamped to −10…35 dB as is usual), and the ratio per band.
/// </summary>
/// <param name="OverallDb">Mark energy over speech energy, in dB.</param>
/// <param name="SegmentalSnrDb">Mean of the frames' speech-to-mark ratios, in dB.</param>
/// <param name="BandsDb">Per band (its label in Hz), mark over speech energy in dB.</param>
public sealed record MarkLevel(double OverallDb, double SegmentalSnrDb, IReadOnlyDictionary<string, double> BandsDb)
{
    /// <summary>The bands reported, in Hz.</summary>
    public static readonly (double Low, double High)[] Bands = [(0, 500), (500, 1000), (1000, 2000), (2000, 4000), (4000, 6500), (6500, 8000)];

    private const int Size = 512;

    public static MarkLevel Measure(float[] original, float[] marked, int rate)
    {
        var fft = new Fft64(Size);
        var speech = new double[Bands.Length];
        var mark = new double[Bands.Length];
        var ratios = new List<double>();
        var loudest = 0.0;
        for (var start = 0; start + Size <= original.Length; start += Size)
        {
            loudest = Math.Max(loudest, Energy(original, start));
        }

        var re = new double[Size];
        var im = new double[Size];
        for (var start = 0; start + Size <= original.Length; start += Size)
        {
            var energy = Energy(original, start);
            if (energy < loudest * 1e-4)
            {
                continue;
            }

            double difference = 0;
            for (var n = 0; n < Size; n++)
            {
                difference += (double)(marked[start + n] - original[start + n]) * (marked[start + n] - original[start + n]);
            }

            ratios.Add(Math.Clamp(10 * Math.Log10(energy / Math.Max(difference, 1e-20)), -10, 35));
            Accumulate(fft, re, im, original, null, start, rate, speech);
            Accumulate(fft, re, im, marked, original, start, rate, mark);
        }

        var overall = 10 * Math.Log10(mark.Sum() / Math.Max(speech.Sum(), 1e-20));
        var bands = Bands.Select((b, i) => (Label: $"{b.Low:0}-{b.High:0}", Db: speech[i] > 0 ? 10 * Math.Log10(Math.Max(mark[i], 1e-20) / speech[i]) : double.NaN))
            .Where(b => !double.IsNaN(b.Db)).ToDictionary(b => b.Label, b => b.Db);
        return new MarkLevel(overall, ratios.Count == 0 ? double.NaN : ratios.Average(), bands);
    }

    private static double Energy(float[] samples, int start)
    {
        double sum = 0;
        for (var n = 0; n < Size; n++)
        {
            sum += (double)samples[start + n] * samples[start + n];
        }

        return sum;
    }

    // Adds the frame's power (of signal less reference, when given) to each band.
    private static void Accumulate(Fft64 fft, double[] re, double[] im, float[] signal, float[]? reference, int start, int rate, double[] bands)
    {
        for (var n = 0; n < Size; n++)
        {
            re[n] = signal[start + n] - (reference?[start + n] ?? 0);
            im[n] = 0;
        }

        fft.Direct(re, im);
        for (var k = 1; k < Size / 2; k++)
        {
            var hz = (double)k * rate / Size;
            var band = Array.FindIndex(Bands, b => hz >= b.Low && hz < b.High);
            if (band >= 0)
            {
                bands[band] += (re[k] * re[k]) + (im[k] * im[k]);
            }
        }
    }
}
