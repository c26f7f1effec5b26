using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Narrator.Models.Bundles;

namespace Narrator.Models.Tests.Bundles;

/// <summary>An adapted voice's tensors (safetensors) replacing the tiny bundle's acoustic-model weights.</summary>
public sealed class WeightOverridesTests : IDisposable
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");

    // Weights stored as float16 and cast to float32 inside the graph, as in every shipped bundle.
    private static readonly string TinyFp16 = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny-fp16");
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };
    private static readonly long[] Ids = [1, 10, 20, 30, 40, 2];

    private readonly TempDir _temp = new();

    [Theory]
    [InlineData("", false)]
    [InlineData("_fp16", true)]
    public void FromDirectory_OutputLayersOverridden_MelIsTheOverriddenBias(string suffix, bool half)
    {
        // mel = out(x) + mu(h): with both layers' weights and mu's bias zero, every frame is out's bias.
        // In the float16 bundle each weight feeds a Cast that ONNX Runtime folds into a constant; the
        // substitution must survive that folding (through SessionOptions.AddInitializer it did not).
        var path = Write("adapted.safetensors", new()
        {
            ["mu.weight" + suffix] = ([80, 32, 1], new float[80 * 32]),
            ["mu.bias" + suffix] = ([80], new float[80]),
            ["out.weight" + suffix] = ([80, 32, 1], new float[80 * 32]),
            ["out.bias" + suffix] = ([80], Enumerable.Range(0, 80).Select(i => i / 10f).ToArray()),
        }, half);
        using var weights = WeightOverrides.FromFile(path);
        using var bundle = NarratorBundle.FromDirectory(half ? TinyFp16 : Tiny, Inventory(), Cpu, weights);

        var mel = bundle.Acoustic.Synthesize([Ids], bundle.Manifest.Speakers[0].Embedding, 1f)[0];

        Assert.Equal(["mu.bias", "mu.weight", "out.bias", "out.weight"], weights.Names.Select(n => n[..^suffix.Length]).Order(StringComparer.Ordinal));
        for (var frame = 0; frame < mel.Frames; frame++)
        {
            Assert.Equal(7.9f, mel.Values[(79 * mel.Frames) + frame], half ? 2 : 4);
            Assert.Equal(0f, mel.Values[frame], 4);
        }
    }

    [Fact]
    public void FromDirectory_AdaptedThroughTheOptimizedModelCache_EachLoadSpeaksWithItsOwnWeights()
    {
        // The stock graph is cached first; an adapted voice over the same float16 bundle must not be served it (nor the
        // stock voice the adapted one), whichever of them was optimized and stored first.
        var cache = _temp.File("model cache");
        var options = new ExecutionOptions { Device = ExecutionDevice.Cpu, OptimizedModelCache = cache };
        var path = Write("adapted.safetensors", new()
        {
            ["mu.weight_fp16"] = ([80, 32, 1], new float[80 * 32]),
            ["mu.bias_fp16"] = ([80], new float[80]),
            ["out.weight_fp16"] = ([80, 32, 1], new float[80 * 32]),
            ["out.bias_fp16"] = ([80], Enumerable.Range(0, 80).Select(i => i / 10f).ToArray()),
        }, half: true);
        float[] Mel(string? adapted)
        {
            // The bundle owns and disposes the weights it is given: each load reads them again.
            using var bundle = NarratorBundle.FromDirectory(TinyFp16, Inventory(), options, adapted is null ? null : WeightOverrides.FromFile(adapted));
            return [.. bundle.Acoustic.Synthesize([Ids], bundle.Manifest.Speakers[0].Embedding, 1f)[0].Values];
        }

        var stock = Mel(null);
        var entries = Directory.GetFiles(cache, "*.onnx").Length;
        var adapted = Mel(path);
        var adaptedAgain = Mel(path);
        var stockAgain = Mel(null);

        Assert.Equal(2, entries);
        Assert.Equal(3, Directory.GetFiles(cache, "*.onnx").Length);
        Assert.Equal(7.9f, adapted[^1], 2);
        Assert.Equal(stock, stockAgain);
        Assert.Equal(adapted, adaptedAgain);
        Assert.Contains(stock, v => Math.Abs(v - 7.9f) > 0.1f);
    }

    [Fact]
    public void FromDirectory_WeightsDisposedByAnEarlierBundle_RefusedRatherThanLoadingTheStockWeights()
    {
        var path = Write("adapted.safetensors", new() { ["out.bias"] = ([80], new float[80]) });
        var weights = WeightOverrides.FromFile(path);
        NarratorBundle.FromDirectory(Tiny, Inventory(), Cpu, weights).Dispose();

        Assert.Throws<ObjectDisposedException>(() => NarratorBundle.FromDirectory(Tiny, Inventory(), Cpu, weights));
    }

    [Fact]
    public void FromDirectory_NoOverrides_MelDiffersFromOverridden()
    {
        using var bundle = NarratorBundle.FromDirectory(Tiny, Inventory(), Cpu);
        var mel = bundle.Acoustic.Synthesize([Ids], bundle.Manifest.Speakers[0].Embedding, 1f)[0];
        Assert.Contains(mel.Values, v => Math.Abs(v - 7.9f) > 0.1f);
    }

    [Fact]
    public void FromFile_Truncated_ThrowsNamingTheFileAndTensor()
    {
        var path = Write("cut.safetensors", new() { ["out.bias"] = ([80], new float[80]) });
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^8]);

        var e = Assert.Throws<ModelException>(() => WeightOverrides.FromFile(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("'out.bias'", e.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a tensor file at all")]
    [InlineData("")]
    public void FromFile_NotSafetensors_ThrowsNamingTheFile(string content)
    {
        var path = _temp.File("notes.safetensors");
        File.WriteAllText(path, content);

        var e = Assert.Throws<ModelException>(() => WeightOverrides.FromFile(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("out.bias", 3, "'out.bias' is float32 [3], the model's is float32 [80]")]
    [InlineData("decoder.9.conv.bias", 32, "'decoder.9.conv.bias' is not a weight of the model")]
    public void FromDirectory_OverrideThatDoesNotFit_ThrowsNamingWeightsAndTensor(string name, int size, string problem)
    {
        var path = Write("wrong.safetensors", new() { [name] = ([size], new float[size]) });
        var weights = WeightOverrides.FromFile(path);

        var e = Assert.Throws<ModelException>(() => NarratorBundle.FromDirectory(Tiny, Inventory(), Cpu, weights).Dispose());

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static List<string> Inventory() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Tiny, "model.json")))!["phonemes"]!["symbols"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();

    // The safetensors layout written by hand: header length, JSON header, little-endian float32 (or float16) data.
    private string Write(string name, Dictionary<string, (long[] Shape, float[] Values)> tensors, bool half = false)
    {
        var header = new Dictionary<string, object>();
        var data = new List<byte>();
        var size = half ? 2 : 4;
        foreach (var (tensor, (shape, values)) in tensors)
        {
            header[tensor] = new { dtype = half ? "F16" : "F32", shape, data_offsets = new[] { data.Count, data.Count + (values.Length * size) } };
            foreach (var v in values)
            {
                var bytes = new byte[size];
                if (half)
                {
                    BinaryPrimitives.WriteHalfLittleEndian(bytes, (Half)v);
                }
                else
                {
                    BinaryPrimitives.WriteSingleLittleEndian(bytes, v);
                }

                data.AddRange(bytes);
            }
        }

        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(header));
        var length = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)json.Length);
        var path = _temp.File(name);
        File.WriteAllBytes(path, [.. length, .. json, .. data]);
        return path;
    }
}
