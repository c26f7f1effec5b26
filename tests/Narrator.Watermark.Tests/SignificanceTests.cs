using System.Numerics;

namespace Narrator.Watermark.Tests;

public sealed class SignificanceTests
{
    [Fact]
    public void Of_CellsAChannelRemoved_JudgesTheRestAsIfTheyWereNeverThere()
    {
        // Two windows of 40 live cells carrying a weak mark in noise, then 38 cells a telephone line cut (exact zeros).
        var random = new Random(5);
        const int live = 40;
        const int dead = 38;
        var withDead = new Complex[2, live + dead];
        var liveOnly = new Complex[2, live];
        for (var w = 0; w < 2; w++)
        {
            var phase = Complex.FromPolarCoordinates(1, random.NextDouble() * 2 * Math.PI);
            for (var i = 0; i < live; i++)
            {
                var noise = new Complex(Gaussian(random), Gaussian(random));
                withDead[w, i] = liveOnly[w, i] = (0.35 * phase) + noise;
            }
        }

        var withDeadScore = Score(withDead);
        var liveOnlyScore = Score(liveOnly);

        Assert.True(liveOnlyScore > 1, $"the mark alone scores {liveOnlyScore}");
        Assert.Equal(liveOnlyScore, withDeadScore, precision: 6);
    }

    private static double Score(Complex[,] cells)
    {
        var columns = Enumerable.Range(0, cells.GetLength(1)).ToArray();
        var sync = Enumerable.Range(0, cells.GetLength(0)).Select(w => columns.Aggregate(Complex.Zero, (sum, c) => sum + cells[w, c])).ToArray();
        return Significance.Of(cells, columns, sync, hypotheses: 1);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
