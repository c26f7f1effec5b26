using Narrator.Core;

namespace Narrator.Text.Tests.Segmentation;

public class SegmenterOptionsTests
{
    [Fact]
    public void Constructor_LimitBelowMinimum_ThrowsNamingTheOption()
    {
        var error = Assert.Throws<SegmenterOptionsException>(() => new SentenceSegmenter(Segments.Max(19)));

        Assert.Equal(ErrorKind.BadInput, error.Kind);
        Assert.Contains("MaxUtteranceLength", error.Message, StringComparison.Ordinal);
        Assert.Contains("19", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SeveralProblems_ReportsAllInOneException()
    {
        var options = new SegmenterOptions { MaxUtteranceLength = 0, Abbreviations = ["", "Dr", "St James"] };

        var error = Assert.Throws<SegmenterOptionsException>(() => new SentenceSegmenter(options));

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains("Abbreviations[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("Abbreviations[2]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MinimumLimit_IsAccepted()
    {
        var segmenter = new SentenceSegmenter(Segments.Max(SegmenterOptions.MinimumMaxUtteranceLength));

        var utterances = segmenter.Split("This sentence is longer than twenty characters.");

        Assert.True(utterances.Count > 1);
        Assert.All(utterances, u => Assert.True(u.Text.Length <= 20));
    }
}
