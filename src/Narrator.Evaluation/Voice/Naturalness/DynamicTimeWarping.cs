namespace Narrator.Evaluation;

/// <summary>
/// Aligns two sequences of feature frames in time: the path of frame pairs, from both first frames to
/// both last frames, moving one frame forward in either sequence or in both at each step, that has the
/// least total Euclidean distance.
/// </summary>
internal static class DynamicTimeWarping
{
    /// <summary>The aligned pairs (index into <paramref name="a"/>, index into <paramref name="b"/>), in order.</summary>
    public static IReadOnlyList<(int A, int B)> Align(IReadOnlyList<float[]> a, IReadOnlyList<float[]> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            throw new ArgumentException($"Cannot align {a.Count} frames with {b.Count}: both sequences need at least one frame.");
        }

        var cost = new double[a.Count, b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                var before = (i, j) switch
                {
                    (0, 0) => 0,
                    (0, _) => cost[0, j - 1],
                    (_, 0) => cost[i - 1, 0],
                    _ => Math.Min(cost[i - 1, j - 1], Math.Min(cost[i - 1, j], cost[i, j - 1])),
                };
                cost[i, j] = before + Distance(a[i], b[j]);
            }
        }

        return Backtrack(cost);
    }

    /// <summary>Euclidean distance between two frames of the same length.</summary>
    public static double Distance(float[] x, float[] y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"Frames of {x.Length} and {y.Length} values cannot be compared.");
        }

        var sum = 0.0;
        for (var k = 0; k < x.Length; k++)
        {
            var d = (double)x[k] - y[k];
            sum += d * d;
        }

        return Math.Sqrt(sum);
    }

    private static List<(int A, int B)> Backtrack(double[,] cost)
    {
        var (i, j) = (cost.GetLength(0) - 1, cost.GetLength(1) - 1);
        var path = new List<(int A, int B)> { (i, j) };
        while (i > 0 || j > 0)
        {
            if (i == 0)
            {
                j--;
            }
            else if (j == 0)
            {
                i--;
            }
            else
            {
                var diagonal = cost[i - 1, j - 1];
                var up = cost[i - 1, j];
                var left = cost[i, j - 1];
                (i, j) = diagonal <= up && diagonal <= left ? (i - 1, j - 1) : up <= left ? (i - 1, j) : (i, j - 1);
            }

            path.Add((i, j));
        }

        path.Reverse();
        return path;
    }
}
