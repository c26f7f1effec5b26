namespace Narrator.Evaluation.Tests;

public sealed class EqualErrorRateTests
{
    [Fact]
    public void Compute_SeparatedScores_IsZero()
    {
        var eer = EqualErrorRate.Compute([0.8, 0.9, 0.7], [0.1, 0.2, 0.3, 0.0]);

        Assert.Equal(0, eer.Rate);
        Assert.InRange(eer.Threshold, 0.3, 0.7);
    }

    [Fact]
    public void Compute_OverlappingScores_IsWhereMissesMeetFalseAccepts()
    {
        // At a threshold of 0.6 one target in five (0.2) is missed and one non-target in five (0.75) accepted.
        double[] targets = [0.2, 0.6, 0.7, 0.8, 0.9];
        double[] nonTargets = [0.1, 0.2, 0.3, 0.4, 0.75];

        var eer = EqualErrorRate.Compute(targets, nonTargets);

        Assert.Equal(0.2, eer.Rate, 6);
        Assert.Equal(0.6, eer.Threshold, 6);
        Assert.Equal(5, eer.Targets);
    }

    [Fact]
    public void Compute_IdenticalDistributions_IsAboutHalf()
    {
        var random = new Random(7);
        var a = Enumerable.Range(0, 2000).Select(_ => random.NextDouble()).ToList();
        var b = Enumerable.Range(0, 2000).Select(_ => random.NextDouble()).ToList();

        Assert.InRange(EqualErrorRate.Compute(a, b).Rate, 0.45, 0.55);
    }
}
