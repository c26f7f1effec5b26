using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Narrator.Models.Onnx;

namespace Narrator.Models.Tests.Onnx;

public sealed class SeededNoiseRewriteTests
{
    [Fact]
    public void Rewrite_OneSeed_StandardNormalAndUncorrelated()
    {
        const int Channels = 2;
        const int Time = 2500;
        var model = SeededNoiseRewrite.Rewrite(NoiseModel.Build())!;

        var y = NoiseModel.Run(model, [123456789], Channels, Time);

        var mean = y.Average();
        var std = Math.Sqrt(y.Average(v => (v - mean) * (v - mean)));
        Assert.InRange(mean, -0.06, 0.06);
        Assert.InRange(std, 0.95, 1.05);
        var first = NoiseModel.Slice(y, Channels, Time, 0, 0);
        var second = NoiseModel.Slice(y, Channels, Time, 0, 1);
        Assert.InRange(Correlation(first[..^1], first[1..]), -0.06, 0.06);
        Assert.InRange(Correlation(first, second), -0.06, 0.06);
        var tails = y.Count(v => Math.Abs(v) > 2) / (double)y.Length;
        Assert.InRange(tails, 0.035, 0.056);
    }

    [Fact]
    public void Rewrite_MeanAndScale_Honoured()
    {
        var model = SeededNoiseRewrite.Rewrite(NoiseModel.Build(mean: 3, scale: 0.5f))!;

        var y = NoiseModel.Run(model, [7], 1, 4000);

        var mean = y.Average();
        Assert.InRange(mean, 2.97, 3.03);
        Assert.InRange(Math.Sqrt(y.Average(v => (v - mean) * (v - mean))), 0.47, 0.53);
    }

    [Fact]
    public void Rewrite_SameSeedTwice_SameNoise_OtherSeed_OtherNoise()
    {
        var model = SeededNoiseRewrite.Rewrite(NoiseModel.Build())!;

        var first = NoiseModel.Run(model, [42], 2, 300);
        var again = NoiseModel.Run(model, [42], 2, 300);
        var other = NoiseModel.Run(model, [43], 2, 300);

        Assert.Equal(first, again);
        Assert.InRange(Correlation(first, other), -0.15, 0.15);
    }

    [Fact]
    public void Rewrite_RowPaddedAndBatched_SameNoiseAtEachPosition()
    {
        var model = SeededNoiseRewrite.Rewrite(NoiseModel.Build())!;

        var alone = NoiseModel.Run(model, [11], 3, 100);
        var batched = NoiseModel.Run(model, [99, 11], 3, 160);

        for (var c = 0; c < 3; c++)
            Assert.Equal(NoiseModel.Slice(alone, 3, 100, 0, c), NoiseModel.Slice(batched, 3, 160, 1, c)[..100]);
    }

    [Theory]
    [InlineData(OnnxEncoding.Float, OnnxEncoding.Float, TensorElementType.Float)]
    [InlineData(10, OnnxEncoding.Float, TensorElementType.Float16)]
    [InlineData(null, 11, TensorElementType.Double)]
    public void Rewrite_Dtype_OutputOfThatType(int? dtype, int xType, TensorElementType expected)
    {
        var model = SeededNoiseRewrite.Rewrite(NoiseModel.Build(dtype, xType: xType))!;

        using var session = new InferenceSession(model);

        Assert.Equal(expected, session.OutputMetadata["y"].ElementDataType);
        Assert.Equal(TensorElementType.Int64, session.InputMetadata[SeededNoiseRewrite.SeedsInput].ElementDataType);
    }

    [Fact]
    public void Rewrite_PiperFixture_AddsTheSeedInputAndKeepsTheRest()
    {
        var original = File.ReadAllBytes(Fixtures.SingleSpeaker);

        var model = SeededNoiseRewrite.Rewrite(original)!;

        using var session = new InferenceSession(model);
        Assert.Contains(SeededNoiseRewrite.SeedsInput, session.InputMetadata.Keys);
        Assert.Equal(["input", "input_lengths", "scales"], session.InputMetadata.Keys.Where(k => k != SeededNoiseRewrite.SeedsInput).Order());
        Assert.Null(SeededNoiseRewrite.Rewrite(model));
    }

    [Fact]
    public void Rewrite_NoRandomNormalLike_Null()
    {
        var model = new ProtoWriter()
            .Int(1, 8)
            .Message(7, graph => graph.Message(1, OnnxEncoding.Node("id", "Identity", ["x"], ["y"])))
            .Message(8, import => import.Int(2, 15))
            .ToArray();

        Assert.Null(SeededNoiseRewrite.Rewrite(model));
    }

    [Fact]
    public void Rewrite_OpsetBelowEleven_Null()
    {
        Assert.Null(SeededNoiseRewrite.Rewrite(NoiseModel.Build(opset: 10)));
    }

    [Fact]
    public void Rewrite_TruncatedModel_InvalidData()
    {
        var original = File.ReadAllBytes(Fixtures.SingleSpeaker);

        Assert.Throws<InvalidDataException>(() => SeededNoiseRewrite.Rewrite(original[..(original.Length / 2)]));
    }

    private static double Correlation(double[] a, double[] b)
    {
        var (ma, mb) = (a.Average(), b.Average());
        var cov = a.Zip(b, (x, y) => (x - ma) * (y - mb)).Sum();
        return cov / Math.Sqrt(a.Sum(x => (x - ma) * (x - ma)) * b.Sum(y => (y - mb) * (y - mb)));
    }
}
