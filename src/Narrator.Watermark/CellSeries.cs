namespace Narrator.Watermark;

/// <summary>
/// Per analysis frame: whether it is speech, and for each role (the 40 code bits and the two sync
/// halves) the chip-weighted sum of the frame's whitened log spectrum over that role's cells.
/// </summary>
internal sealed class RoleSeries
{
    public const int SyncA = WatermarkLayout.CodeBits;
    public const int SyncB = WatermarkLayout.CodeBits + 1;
    private const int Size = 2048;
    private const int EnvelopeBins = 24;
    private const double SpeechRangeDb = 25;
    private const double Clip = 2.5;

    private readonly double[,] values;

    private RoleSeries(double[,] values, bool[] speech)
    {
        this.values = values;
        Speech = speech;
    }

    public int Frames => Speech.Length;

    public bool[] Speech { get; }

    /// <summary>The role's value at frame t minus the mean of the frames one block before and after.</summary>
    public double Difference(int role, int t, int lag) =>
        values[t, role] - (0.5 * (values[t - lag, role] + values[t + lag, role]));

    public static RoleSeries Measure(float[] signal, int rate, int step, WatermarkLayout layout)
    {
        var fft = new Fft(Size);
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
        var roleOfBin = new int[(Size / 2) + 1];
        var chipOfBin = new double[roleOfBin.Length];
        for (var k = 0; k < roleOfBin.Length; k++)
        {
            var cell = WatermarkLayout.CellOf((double)k * rate / Size);
            roleOfBin[k] = cell < 0 ? -1 : layout.Role[cell] >= 0 ? layout.Role[cell] : layout.Role[cell] == -1 ? SyncA : SyncB;
            chipOfBin[k] = cell < 0 ? 0 : layout.Chip[cell];
        }

        var values = new double[count, SyncB + 1];
        var speech = new bool[count];
        var re = new double[Size];
        var im = new double[Size];
        var log = new double[roleOfBin.Length];
        var white = new double[roleOfBin.Length];
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

            fft.Transform(re, im, inverse: false);
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
                if (roleOfBin[k] < 0)
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
                if (roleOfBin[k] >= 0)
                {
                    values[f, roleOfBin[k]] += chipOfBin[k] * (white[k] - shared);
                }
            }
        }

        return new RoleSeries(values, speech);
    }
}
