namespace Narrator.Evaluation;

/// <summary>
/// Same-speaker and different-speaker cosine similarities as enrollment sees them (the mean of a
/// speaker's references against one held-out recording), and the error rates at a threshold.
/// </summary>
public sealed record CalibrationReport(string EncoderId, int Speakers, IReadOnlyList<double> Same, IReadOnlyList<double> Different, double Threshold)
{
    /// <summary>Speakers left out, with why (too few clips, a clip too short for the encoder).</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>Share of same-speaker trials below the threshold: a speaker refused their own consent.</summary>
    public double FalseRejectRate => Same.Count(s => s < Threshold) / (double)Same.Count;

    /// <summary>Share of different-speaker trials at or above the threshold: someone else's consent accepted.</summary>
    public double FalseAcceptRate => Different.Count(s => s >= Threshold) / (double)Different.Count;

    public EqualErrorRate EqualError => EqualErrorRate.Compute(Same, Different);

    /// <summary>The value below which <paramref name="percent"/> % of <paramref name="values"/> lie (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> values, double percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
