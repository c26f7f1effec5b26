namespace Narrator.Watermark;

/// <summary>
/// Per analysis frame: whether it is speech, and for each of the layout's cells the chip-weighted sum
/// of the frame's whitened log spectrum over the cell's bins, each bin weighted by how much speech it
/// holds. <c>scale</c> is the pitch change searched: a mark moved by a factor s (a pitch shift, or a
/// file played faster) has its cell at f found at s × f.
/// </summary>
internal sealed class CellSeries
{
    private readonly double[,] values;

    private CellSeries(double[,] values, bool[] speech, double[] markWeights)
    {
        this.values = values;
        Speech = speech;
        MarkWeights = markWeights;
    }

    /// <summary>Per cell, the sum of its bins' squared speech weights: how much of the mark it can carry.</summary>
    public double[] MarkWeights { get; }

    public int Frames => Speech.Length;

    public bool[] Speech { get; }

    public double this[int t, int cell] => values[t, cell];

    public static CellSeries Of(WhitenedFrames frames, WatermarkLayout layout, double scale)
    {
        var cellOfBin = new int[frames.Bins];
        var weightOfBin = new double[frames.Bins];
        var markWeights = new double[WatermarkLayout.CellCount];
        for (var k = 0; k < frames.Bins; k++)
        {
            cellOfBin[k] = WatermarkLayout.CellOf((frames.FirstBin + k) * frames.BinHz / scale);
            weightOfBin[k] = cellOfBin[k] < 0 ? 0 : layout.Chip[cellOfBin[k]] * frames.Weights[k];
            if (cellOfBin[k] >= 0)
            {
                markWeights[cellOfBin[k]] += frames.Weights[k] * frames.Weights[k];
            }
        }

        var values = new double[frames.Frames, WatermarkLayout.CellCount];
        var white = frames.White;
        for (var f = 0; f < frames.Frames; f++)
        {
            if (!frames.Speech[f])
            {
                continue;
            }

            for (var k = 0; k < cellOfBin.Length; k++)
            {
                if (cellOfBin[k] >= 0)
                {
                    values[f, cellOfBin[k]] += weightOfBin[k] * white[f, k];
                }
            }
        }

        return new CellSeries(values, frames.Speech, markWeights);
    }
}
