using Microsoft.ML.OnnxRuntime;
using Narrator.Models.Onnx;

namespace Narrator.Models.Tests.Onnx;

/// <summary>A one-node model, <c>y = RandomNormalLike(x)</c> over x of shape [batch, channels, time], and a runner for its rewritten form.</summary>
internal static class NoiseModel
{
    /// <param name="dtype">The node's dtype attribute; null leaves it out (the output then takes x's type).</param>
    public static byte[] Build(int? dtype = OnnxEncoding.Float, float? mean = null, float? scale = null, int xType = OnnxEncoding.Float, long opset = 15)
    {
        var attributes = new List<Action<ProtoWriter>>();
        if (dtype is { } type)
            attributes.Add(OnnxEncoding.IntAttribute("dtype", type));
        if (mean is { } m)
            attributes.Add(OnnxEncoding.FloatAttribute("mean", m));
        if (scale is { } s)
            attributes.Add(OnnxEncoding.FloatAttribute("scale", s));
        var yType = dtype ?? xType;
        return new ProtoWriter()
            .Int(1, 8)
            .String(2, "narrator-tests")
            .Message(7, graph => graph
                .Message(1, OnnxEncoding.Node("noise", "RandomNormalLike", ["x"], ["y"], [.. attributes]))
                .String(2, "noise")
                .Message(11, OnnxEncoding.TensorValueInfo("x", xType, "batch", "channels", "time"))
                .Message(12, OnnxEncoding.TensorValueInfo("y", yType, "batch", "channels", "time")))
            .Message(8, import => import.Int(2, opset))
            .ToArray();
    }

    /// <summary>Runs the rewritten model on zeros of shape [seeds.Length, channels, time]; returns y as doubles.</summary>
    public static double[] Run(byte[] rewritten, long[] seeds, int channels, int time)
    {
        using var session = new InferenceSession(rewritten);
        var batch = seeds.Length;
        using var x = OrtValue.CreateTensorValueFromMemory(new float[batch * channels * time], [batch, channels, time]);
        using var seedValue = OrtValue.CreateTensorValueFromMemory(seeds, [batch]);
        using var options = new RunOptions();
        using var outputs = session.Run(options, ["x", SeededNoiseRewrite.SeedsInput], [x, seedValue], ["y"]);
        return [.. outputs[0].GetTensorDataAsSpan<float>().ToArray().Select(v => (double)v)];
    }

    /// <summary>Row <paramref name="row"/>, channel <paramref name="channel"/> of a [batch, channels, time] result.</summary>
    public static double[] Slice(double[] y, int channels, int time, int row, int channel) =>
        y.AsSpan(((row * channels) + channel) * time, time).ToArray();
}
