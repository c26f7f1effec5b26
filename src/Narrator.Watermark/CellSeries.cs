using NWaves.Transforms;

namespace Narrator.Watermark;

/// <summary>
/// Per analysis frame: whether it is speech, and for each of the layout's cells the chip-weighted
/// sum of the frame's whitened log spectrum over the cell's bins.
/// </summary>
internal sealed class CellSeries
{
    private const int Size = 2048;
    private const int EnvelopeBins = 24;
    private const double SpeechRangeDb = 25;
    private const double Clip = 2.5;

    private readonly double[,] values;

    private CellSeries(double[,] values, bool[] speech)
    {
        this.values = values;
        Speech = speech;
    }

    public int Frames => Speech.Length;

    public bool[] Speech { get; }

    public double this[int t, int cell] => values[t, cell];

    public static CellSeries Measure(float[] signal, int rate, int step, WatermarkLayout layout)
    {
        var fft = new Fft64(Size);
        var window = Enumerable.Range(0, Size).Select(n => 0.5 - (0.5 * Math.Cos(2 * Math.PI * n / Size))).ToArray();
        var count = signal.Length < Size ? 0 : ((signal.Length - Size) / step) + 1;
        var powers = new double[count];
        for (var f = 0; f < count; f++)
        {
            double p = 0;
            for (var n = 0; n < Size; n++)
            {
                var x = signal[(f * step) + n] * window[n];
                p += x * x;
            }

            powers[f] = p / Size;
        }

        var loud = count == 0 ? 0 : powers.Order().ElementAt((int)(0.95 * (count - 1)));
        var gate = Math.Max(1e-11, loud * Math.Pow(10, -SpeechRangeDb / 10));
        var cellOfBin = new int[(Size / 2) + 1];
        var chipOfBin = new double[cellOfBin.Length];
        for (var k = 0; k < cellOfBin.Length; k++)
        {
            cellOfBin[k] = WatermarkLayout.CellOf((double)k * rate / Size);
            chipOfBin[k] = cellOfBin[k] < 0 ? 0 : layout.Chip[cellOfBin[k]];
        }

        var values = new double[count, WatermarkLayout.CellCount];
        var speech = new bool[count];
        var re = new double[Size];
        var im = new double[Size];
        var log = new double[cellOfBin.Length];
        var white = new double[cellOfBin.Length];
        for (var f = 0; f < count; f++)
        {
            if (powers[f] < gate)
            {
                continue;
            }

            speech[f] = true;
            for (var n = 0; n < Size; n++)
            {
                re[n] = signal[(f * step) + n] * window[n];
                im[n] = 0;
            }

            fft.Direct(re, im);
            for (var k = 0; k < log.Length; k++)
            {
                log[k] = Math.Log((re[k] * re[k]) + (im[k] * im[k]) + 1e-20);
            }

            // Whiten by the frame's own local envelope, clip harmonic peaks and valleys, and remove
            // what all marked bins share in this frame.
            double shared = 0;
            var marked = 0;
            for (var k = EnvelopeBins; k < log.Length - EnvelopeBins; k++)
            {
                white[k] = 0;
                if (cellOfBin[k] < 0)
                {
                    continue;
                }

                double envelope = 0;
                for (var j = k - EnvelopeBins; j <= k + EnvelopeBins; j++)
                {
                    envelope += log[j];
                }

                white[k] = Math.Clamp(log[k] - (envelope / ((2 * EnvelopeBins) + 1)), -Clip, Clip);
                shared += white[k];
                marked++;
            }

            shared /= Math.Max(1, marked);
            for (var k = EnvelopeBins; k < log.Length - EnvelopeBins; k++)
            {
                if (cellOfBin[k] >= 0)
                {
                    values[f, cellOfBin[k]] += chipOfBin[k] * (white[k] - shared);
                }
            }
        }

        return new CellSeries(values, speech);
    }
}
