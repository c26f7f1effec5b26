namespace Narrator.Audio.Features;

/// <summary>Triangular mel filters over FFT bins, on the HTK or Slaney mel scale, optionally area-normalized.</summary>
internal static class MelFilterbank
{
    /// <summary>Weights as [mel][bin], bins 0..nFft/2.</summary>
    public static float[][] Create(LogMelParameters p)
    {
        var bins = (p.NFft / 2) + 1;
        var slaney = p.MelScale == "slaney";
        var low = ToMel(p.Fmin, slaney);
        var high = ToMel(p.Fmax, slaney);
        var edges = new double[p.NMels + 2];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = ToHz(low + ((high - low) * i / (p.NMels + 1)), slaney);
        }

        var filters = new float[p.NMels][];
        for (var m = 0; m < p.NMels; m++)
        {
            var (left, center, right) = (edges[m], edges[m + 1], edges[m + 2]);
            var scale = p.MelNorm == "slaney" ? 2.0 / (right - left) : 1.0;
            filters[m] = new float[bins];
            for (var k = 0; k < bins; k++)
            {
                var hz = (double)k * p.SampleRate / p.NFft;
                var rising = (hz - left) / (center - left);
                var falling = (right - hz) / (right - center);
                filters[m][k] = (float)(Math.Max(0, Math.Min(rising, falling)) * scale);
            }
        }

        return filters;
    }

    private static double ToMel(double hz, bool slaney)
    {
        if (!slaney)
        {
            return 2595.0 * Math.Log10(1.0 + (hz / 700.0));
        }

        const double step = 200.0 / 3, minLogHz = 1000.0, minLogMel = minLogHz / step;
        var logStep = Math.Log(6.4) / 27.0;
        return hz < minLogHz ? hz / step : minLogMel + (Math.Log(hz / minLogHz) / logStep);
    }

    private static double ToHz(double mel, bool slaney)
    {
        if (!slaney)
        {
            return 700.0 * (Math.Pow(10, mel / 2595.0) - 1.0);
        }

        const double step = 200.0 / 3, minLogHz = 1000.0, minLogMel = minLogHz / step;
        var logStep = Math.Log(6.4) / 27.0;
        return mel < minLogMel ? mel * step : minLogHz * Math.Exp(logStep * (mel - minLogMel));
    }
}
