using System.Numerics;

namespace Narrator.Watermark;

/// <summary>
/// How much each cell's measurement is worth. A cell's mark grows with how much speech its bins hold
/// (<see cref="CellSeries.MarkWeights"/>), its noise with how much the voice's own detail moves it (the
/// harmonics of a low voice make low cells far noisier than high ones) or what a channel left there.
/// The noise is measured on the same cell at modulation rates where no mark can be (between the
/// square wave's first and third harmonics, and above the third), pooled over neighbouring cells.
/// Scaling each cell by mark over noise is the matched filter: cells a noise covers partly still
/// count, for what they are worth, and no cell is thrown away. The scale does not depend on the
/// chips' signs, so the null of <see cref="Significance"/> (random signs over the same cells) holds.
/// </summary>
internal static class CellReliability
{
    private static readonly double[] NoiseRates = [1.9, 2.15, 3.9, 4.15, 4.4];
    private const int PoolRadius = 2;

    /// <summary>Per cell, the factor the cell's coefficients are multiplied by (0 for a cell with no speech).</summary>
    public static double[] Scales(BlockModulation modulation, double[] markWeights)
    {
        var cells = markWeights.Length;
        var noise = new double[cells];
        foreach (var rate in NoiseRates)
        {
            var coefficients = modulation.Coefficients(rate);
            for (var w = 0; w < coefficients.GetLength(0); w++)
            {
                for (var c = 0; c < cells; c++)
                {
                    noise[c] += Magnitude2(coefficients[w, c]);
                }
            }
        }

        // Noise per unit of mark, pooled over the cells around each one.
        var scales = new double[cells];
        for (var c = 0; c < cells; c++)
        {
            if (markWeights[c] <= 0)
            {
                continue;
            }

            double pooledNoise = 0;
            double pooledWeight = 0;
            for (var d = Math.Max(0, c - PoolRadius); d <= Math.Min(cells - 1, c + PoolRadius); d++)
            {
                pooledNoise += noise[d];
                pooledWeight += markWeights[d];
            }

            scales[c] = pooledNoise > 0 ? pooledWeight / pooledNoise : 0;
        }

        return scales;
    }

    public static void Apply(Complex[,] coefficients, double[] scales)
    {
        for (var w = 0; w < coefficients.GetLength(0); w++)
        {
            for (var c = 0; c < scales.Length; c++)
            {
                coefficients[w, c] *= scales[c];
            }
        }
    }

    private static double Magnitude2(Complex z) => (z.Real * z.Real) + (z.Imaginary * z.Imaginary);
}
