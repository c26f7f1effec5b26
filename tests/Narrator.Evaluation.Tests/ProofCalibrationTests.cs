namespace Narrator.Evaluation.Tests;

public sealed class ProofCalibrationTests
{
    [Fact]
    public void WithoutLongestWord_DropsTheWordWithMostLetters() =>
        Assert.Equal("For the time that evening the two men shook hands.", ProofCalibration.WithoutLongestWord("For the twentieth time that evening the two men shook hands."));

    [Fact]
    public void RoomToneInMiddleHalf_KeepsTheOuterQuartersAndQuietsTheMiddle()
    {
        var samples = Enumerable.Repeat(0.5f, 400).ToArray();

        var faulty = ProofCalibration.RoomToneInMiddleHalf(samples);

        Assert.All(faulty[..100].Concat(faulty[300..]), s => Assert.Equal(0.5f, s));
        Assert.All(faulty[100..300], s => Assert.InRange(MathF.Abs(s), 0, 0.001f));
    }

    [Fact]
    public void MiddleThirdReversed_PlaysOnlyTheMiddleThirdBackwards()
    {
        var samples = Enumerable.Range(0, 9).Select(i => (float)i).ToArray();

        Assert.Equal([0f, 1, 2, 5, 4, 3, 6, 7, 8], ProofCalibration.MiddleThirdReversed(samples));
    }
}
