using Narrator.Audio.Mastering;
using Narrator.Rendering.Timing;

namespace Narrator.Rendering.Tests.Timing;

public sealed class MasterTimelineTests
{
    // Two parts at the master rate: speech [1,000, 50,000) and [52,000, 90,000) of the resampled input, 500 samples of room tone at each head.
    private static readonly MasteringPart[] Parts =
    [
        new(1, 1_000, 50_000, 0, 500 + 49_000 + 2_000) { HeadSamples = 500 },
        new(2, 52_000, 90_000, 0, 500 + 38_000 + 2_000) { HeadSamples = 500 },
    ];

    [Fact]
    public void Locate_SameRate_ShiftsByTheTrimmedHeadAndAddsTheRoomTone()
    {
        var timeline = new MasterTimeline(44100, 44100, Parts);

        Assert.Equal((1, 500 + 9_000, 500 + 19_000), timeline.Locate(10_000, 20_000));
    }

    [Fact]
    public void Locate_InputAtAnotherRate_ScalesToTheMasterRateFirst()
    {
        var timeline = new MasterTimeline(22050, 44100, Parts);

        Assert.Equal((1, 500 + 19_000, 500 + 39_000), timeline.Locate(10_000, 20_000));
    }

    [Fact]
    public void Locate_SpanInTheSecondPart_IsTimedInThatPartsFile()
    {
        var timeline = new MasterTimeline(44100, 44100, Parts);

        Assert.Equal((2, 500 + 8_000, 500 + 18_000), timeline.Locate(60_000, 70_000));
    }

    [Fact]
    public void Locate_SpanAcrossTheSplit_GoesToThePartHoldingMostOfItClippedToItsEnd()
    {
        var timeline = new MasterTimeline(44100, 44100, Parts);

        Assert.Equal((2, 500, 500 + 20_000), timeline.Locate(49_000, 72_000));
    }

    [Fact]
    public void Locate_SpanTrimmedAway_HasNoLengthAtTheNearestKeptSample()
    {
        var timeline = new MasterTimeline(44100, 44100, Parts);

        Assert.Equal((1, 500, 500), timeline.Locate(0, 800));
        Assert.Equal((2, 500 + 38_000, 500 + 38_000), timeline.Locate(95_000, 99_000));
    }
}
