namespace Narrator.Evaluation.Tests;

public sealed class ConsentCalibrationTests
{
    [Fact]
    public void Run_SeparableFakeSpeakers_NoErrorsAndTrialCounts()
    {
        var speakers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["jane"] = Enumerable.Range(1, 5).Select(i => $"jane{i}.wav").ToList(),
            ["bob"] = Enumerable.Range(1, 6).Select(i => $"bob{i}.wav").ToList(),
            ["empty"] = [],
        };

        var report = ConsentCalibration.Run(speakers, new FakeEmbedder(), _ => (Signals.Speechlike(1), 16000), 0.5);

        Assert.Equal(2, report.Speakers);
        Assert.Equal(4, report.Same.Count);
        Assert.Equal(4, report.Different.Count);
        Assert.Equal(0, report.FalseAcceptRate);
        Assert.Equal(0, report.FalseRejectRate);
    }

    [Fact]
    public void Rates_ThresholdBetweenScores_CountEachSide()
    {
        var report = new CalibrationReport("e", 2, [0.9, 0.4, 0.8, 0.7], [0.1, 0.6, 0.2, 0.3], 0.5);
        Assert.Equal(0.25, report.FalseRejectRate);
        Assert.Equal(0.25, report.FalseAcceptRate);
        Assert.Equal(0.7, CalibrationReport.Percentile(report.Same, 50));
    }

    [Fact]
    public void Run_SpeakerWithOneLongFile_SplitsItIntoFiveClips()
    {
        var speakers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["jane"] = ["jane-long.wav"],
            ["bob"] = ["bob-long.wav"],
        };
        var embedder = new FakeEmbedder();

        var report = ConsentCalibration.Run(speakers, embedder, _ => (Signals.Speechlike(10), 16000), 0.5);

        Assert.Equal(2, report.Speakers);
        Assert.Equal(4, report.Same.Count);
        Assert.Equal(4, report.Different.Count);
    }
}
