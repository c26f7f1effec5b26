using System.Numerics;

namespace Narrator.Watermark;

/// <summary>
/// The mark's sign flips every block, so in each role's series it is a square wave of one period per
/// two blocks. This measures that wave: each cell's series, less its running mean over the speech
/// frames around it (the voice's own spectral detail), is cut into windows of about four seconds and
/// projected, Hann-tapered, on a complex exponential of the wave's frequency. The phase is free in
/// each window, so no alignment is needed and synthesis calls that restart the pattern only cost
/// what a window straddling the restart loses.
/// </summary>
internal sealed class BlockModulation
{
    private const int TargetWindowFrames = 128;
    private const int MeanRadiusFrames = 62;

    private readonly double[,] centred;
    private readonly double framesPerSecond;
    private readonly int windowFrames;

    public BlockModulation(CellSeries series, double framesPerSecond)
    {
        this.framesPerSecond = framesPerSecond;
        centred = Centre(series);
        Windows = series.Frames / TargetWindowFrames == 0 && series.Frames >= TargetWindowFrames / 2 ? 1 : series.Frames / TargetWindowFrames;
        windowFrames = Windows == 0 ? 0 : series.Frames / Windows;
    }

    /// <summary>How many windows the series was cut into (0 when it is shorter than two seconds).</summary>
    public int Windows { get; }

    /// <summary>Per window and cell, the complex amplitude at <paramref name="hz"/> cycles per second.</summary>
    public Complex[,] Coefficients(double hz)
    {
        var cells = centred.GetLength(1);
        var result = new Complex[Windows, cells];
        var weights = new Complex[windowFrames];
        for (var w = 0; w < Windows; w++)
        {
            for (var n = 0; n < windowFrames; n++)
            {
                var taper = 0.5 - (0.5 * Math.Cos(2 * Math.PI * n / windowFrames));
                weights[n] = Complex.FromPolarCoordinates(taper, -2 * Math.PI * hz * ((w * windowFrames) + n) / framesPerSecond);
            }

            for (var c = 0; c < cells; c++)
            {
                var sum = Complex.Zero;
                for (var n = 0; n < windowFrames; n++)
                {
                    sum += weights[n] * centred[(w * windowFrames) + n, c];
                }

                result[w, c] = sum;
            }
        }

        return result;
    }

    // Subtracts from each speech frame the mean of the speech frames within about two seconds; other
    // frames become zero, so that pauses add nothing (not even the voice's mean) to any frequency.
    private static double[,] Centre(CellSeries series)
    {
        var frames = series.Frames;
        var counts = new int[frames + 1];
        var sums = new double[frames + 1, WatermarkLayout.CellCount];
        for (var t = 0; t < frames; t++)
        {
            var speech = series.Speech[t];
            counts[t + 1] = counts[t] + (speech ? 1 : 0);
            for (var r = 0; r < WatermarkLayout.CellCount; r++)
            {
                sums[t + 1, r] = sums[t, r] + (speech ? series[t, r] : 0);
            }
        }

        var centred = new double[frames, WatermarkLayout.CellCount];
        for (var t = 0; t < frames; t++)
        {
            if (!series.Speech[t])
            {
                continue;
            }

            var lo = Math.Max(0, t - MeanRadiusFrames);
            var hi = Math.Min(frames, t + MeanRadiusFrames + 1);
            var count = counts[hi] - counts[lo];
            for (var r = 0; r < WatermarkLayout.CellCount; r++)
            {
                centred[t, r] = series[t, r] - ((sums[hi, r] - sums[lo, r]) / count);
            }
        }

        return centred;
    }
}
