namespace Narrator.Evaluation;

/// <summary>
/// The equal error rate of a verification score: the threshold where the share of same-speaker
/// trials scored below it equals the share of different-speaker trials scored at or above it.
/// </summary>
public sealed record EqualErrorRate(double Rate, double Threshold, int Targets, int NonTargets)
{
    public static EqualErrorRate Compute(IReadOnlyList<double> targets, IReadOnlyList<double> nonTargets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(nonTargets);
        if (targets.Count == 0 || nonTargets.Count == 0)
        {
            throw new ArgumentException("Both same-speaker and different-speaker trials are needed.");
        }

        var sortedTargets = targets.Order().ToArray();
        var sortedNon = nonTargets.Order().ToArray();
        var best = (Gap: double.MaxValue, Rate: 1.0, Threshold: 0.0);
        foreach (var threshold in sortedTargets.Concat(sortedNon).Distinct())
        {
            var missed = LowerBound(sortedTargets, threshold) / (double)sortedTargets.Length;
            var accepted = (sortedNon.Length - LowerBound(sortedNon, threshold)) / (double)sortedNon.Length;
            var gap = Math.Abs(missed - accepted);
            if (gap < best.Gap)
            {
                best = (gap, (missed + accepted) / 2, threshold);
            }
        }

        return new EqualErrorRate(best.Rate, best.Threshold, targets.Count, nonTargets.Count);
    }

    /// <summary>How many sorted values are below <paramref name="value"/>.</summary>
    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
