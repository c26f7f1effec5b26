namespace Narrator.Watermark;

/// <summary>In-place radix-2 complex FFT for the power-of-two frame sizes the watermark uses.</summary>
internal sealed class Fft
{
    private readonly int size;
    private readonly double[] cos;
    private readonly double[] sin;
    private readonly int[] reverse;

    public Fft(int size)
    {
        this.size = size;
        cos = new double[size / 2];
        sin = new double[size / 2];
        for (var i = 0; i < size / 2; i++)
        {
            cos[i] = Math.Cos(-2 * Math.PI * i / size);
            sin[i] = Math.Sin(-2 * Math.PI * i / size);
        }

        var bits = System.Numerics.BitOperations.Log2((uint)size);
        reverse = new int[size];
        for (var i = 0; i < size; i++)
        {
            var r = 0;
            for (var b = 0; b < bits; b++)
            {
                r |= ((i >> b) & 1) << (bits - 1 - b);
            }

            reverse[i] = r;
        }
    }

    /// <summary>Forward transform, or inverse (with the 1/N scale) when <paramref name="inverse"/> is set.</summary>
    public void Transform(Span<double> re, Span<double> im, bool inverse)
    {
        for (var i = 0; i < size; i++)
        {
            var j = reverse[i];
            if (j > i)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        var sign = inverse ? -1.0 : 1.0;
        for (var length = 2; length <= size; length <<= 1)
        {
            var half = length / 2;
            var step = size / length;
            for (var start = 0; start < size; start += length)
            {
                for (var k = 0; k < half; k++)
                {
                    var wr = cos[k * step];
                    var wi = sign * sin[k * step];
                    var a = start + k;
                    var b = a + half;
                    var tr = (re[b] * wr) - (im[b] * wi);
                    var ti = (re[b] * wi) + (im[b] * wr);
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }

        if (inverse)
        {
            for (var i = 0; i < size; i++)
            {
                re[i] /= size;
                im[i] /= size;
            }
        }
    }
}
