namespace Narrator.Evaluation.Tests.Naturalness;

public sealed class DynamicTimeWarpingTests
{
    [Fact]
    public void Align_SequenceSpokenAtHalfSpeed_PairsEachFrameWithItsTwoCopies()
    {
        float[][] a = [[0], [1], [2]];
        float[][] b = [[0], [0], [1], [1], [2], [2]];

        var path = DynamicTimeWarping.Align(a, b);

        Assert.Equal([(0, 0), (0, 1), (1, 2), (1, 3), (2, 4), (2, 5)], path);
    }

    [Fact]
    public void Align_UnrelatedSequences_PathStartsAndEndsAtTheEndsAndNeverGoesBack()
    {
        var random = new Random(3);
        var a = Enumerable.Range(0, 37).Select(_ => new[] { random.NextSingle(), random.NextSingle() }).ToArray();
        var b = Enumerable.Range(0, 23).Select(_ => new[] { random.NextSingle(), random.NextSingle() }).ToArray();

        var path = DynamicTimeWarping.Align(a, b);

        Assert.Equal((0, 0), path[0]);
        Assert.Equal((36, 22), path[^1]);
        Assert.All(path.Zip(path.Skip(1)), step =>
        {
            var (da, db) = (step.Second.A - step.First.A, step.Second.B - step.First.B);
            Assert.InRange(da, 0, 1);
            Assert.InRange(db, 0, 1);
            Assert.True(da + db > 0, $"the path stands still at {step.First}");
        });
    }

    [Fact]
    public void Align_EmptySequence_ThrowsSayingBothNeedFrames()
    {
        var error = Assert.Throws<ArgumentException>(() => DynamicTimeWarping.Align([], [[1f]]));

        Assert.Contains("0 frames with 1", error.Message, StringComparison.Ordinal);
    }
}
