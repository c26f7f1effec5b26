using System.Text.Json;
using System.Text.Json.Nodes;
using Narrator.Models.Bundles;

namespace Narrator.Models.Tests.Bundles;

public sealed class NarratorBundleTests : IDisposable
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };

    private readonly TempDir _temp = new();

    internal static List<string> Inventory(string folder = "") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Length == 0 ? Tiny : folder, "model.json")))!["phonemes"]!["symbols"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();

    [Fact]
    public void FromDirectory_Fixture_LoadsEveryModelWithTheManifestSizes()
    {
        using var bundle = NarratorBundle.FromDirectory(Tiny, Inventory(), Cpu);

        Assert.Equal(16000, bundle.Manifest.SampleRate);
        Assert.Equal(80, bundle.Acoustic.Mels);
        Assert.Equal(192, bundle.Encoder.EmbeddingSize);
        Assert.Equal(256, bundle.Vocoder.Hop);
        Assert.Equal("CPU", bundle.ExecutionProvider);
        Assert.StartsWith("narrator-ecapa", bundle.Encoder.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_Batch_EqualsOneUtteranceAtATime()
    {
        using var bundle = NarratorBundle.FromDirectory(Tiny, Inventory(), Cpu);
        var speaker = bundle.Manifest.Speakers[0].Embedding;
        long[] shortIds = [1, 10, 20, 30, 2];
        long[] longIds = [1, 11, 21, 31, 41, 51, 61, 71, 2];

        var batch = bundle.Acoustic.Synthesize([shortIds, longIds], speaker, 1f);
        var single = bundle.Acoustic.Synthesize([shortIds], speaker, 1f)[0];

        Assert.Equal(single.Frames, batch[0].Frames);
        Assert.True(batch[1].Frames > batch[0].Frames);
        Assert.All(single.Values.Zip(batch[0].Values), p => Assert.Equal(p.First, p.Second, 4));
        Assert.Equal(single.Frames * 256, bundle.Vocoder.Decode(single).Length);
    }

    [Fact]
    public void Synthesize_SlowerLengthScale_GivesMoreFrames()
    {
        using var bundle = NarratorBundle.FromDirectory(Tiny, Inventory(), Cpu);
        var speaker = bundle.Manifest.Speakers[0].Embedding;
        long[] ids = [1, 10, 20, 30, 40, 2];

        var normal = bundle.Acoustic.Synthesize([ids], speaker, 1f)[0].Frames;
        var slow = bundle.Acoustic.Synthesize([ids], speaker, 2f)[0].Frames;

        Assert.True(slow > normal * 1.5, $"{slow} frames at length scale 2 vs {normal} at 1");
    }

    [Fact]
    public void Embed_Features_GivesAUnitVector()
    {
        using var bundle = NarratorBundle.FromDirectory(Tiny, Inventory(), Cpu);
        var random = new Random(3);
        var features = Enumerable.Range(0, 120 * 80).Select(_ => (float)random.NextDouble()).ToArray();

        var embedding = bundle.Encoder.Embed(features, 120);

        Assert.Equal(192, embedding.Length);
        Assert.Equal(1.0, Math.Sqrt(embedding.Sum(v => (double)v * v)), 3);
    }

    [Fact]
    public void FromDirectory_OtherInventory_SaysWhereItDiffers()
    {
        var inventory = Inventory();
        inventory[5] = "XX9";

        var error = Assert.Throws<ModelException>(() => NarratorBundle.FromDirectory(Tiny, inventory, Cpu));

        Assert.Contains("from id 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDirectory_MissingModelFile_NamesIt()
    {
        var copy = Copy();
        File.Delete(Path.Combine(copy, "vocoder.onnx"));

        var error = Assert.Throws<ModelException>(() => NarratorBundle.FromDirectory(copy, Inventory(copy), Cpu));

        Assert.Contains("vocoder.onnx", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDirectory_EmbeddingSizeMismatch_NamesTheTensors()
    {
        var copy = Copy();
        Edit(copy, m =>
        {
            m["encoder"]!["embeddingSize"] = 128;
            foreach (var speaker in m["speakers"]!.AsArray())
            {
                speaker!["embedding"] = new JsonArray(Enumerable.Repeat(0.1, 128).Select(v => (JsonNode)v).ToArray());
            }
        });

        var error = Assert.Throws<ModelException>(() => NarratorBundle.FromDirectory(copy, Inventory(copy), Cpu));

        Assert.Contains("speaker_embedding", error.Message, StringComparison.Ordinal);
        Assert.Contains("embedding", error.Message, StringComparison.Ordinal);
        Assert.Contains("128", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sampleRate", 8000, "sampleRate 8000")]
    [InlineData("sampleRate", 12345, "sampleRate 12345")]
    [InlineData("lengthScale", -1, "inference.lengthScale -1")]
    [InlineData("lengthScale", 1e6, "inference.lengthScale 1000000")]
    [InlineData("fmax", 30000, "mel.fmax 30000")]
    [InlineData("melContrast", 7, "inference.melContrast.time 7")]
    [InlineData("clampMin", 0, "mel.clampMin 0")]
    public void Read_ImplausibleValue_FailsNamingTheFileAndTheValue(string field, double value, string expected)
    {
        var copy = Copy();
        Edit(copy, m =>
        {
            switch (field)
            {
                case "sampleRate": m["sampleRate"] = (int)value; break;
                case "lengthScale": m["inference"]!["lengthScale"] = value; break;
                case "melContrast": m["inference"]!["melContrast"] = new JsonObject { ["time"] = value }; break;
                case "clampMin": m["mel"]!["clampMin"] = value; break;
                default: m["mel"]!["fmax"] = value; break;
            }
        });

        var error = Assert.Throws<ModelException>(() => BundleManifest.Read(copy));

        Assert.Contains(Path.Combine(copy, "model.json"), error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void FromDirectory_BrokenEncoder_SpeaksAndFailsOnlyWhenAskedToEmbedNamingTheFile()
    {
        var copy = Copy();
        File.WriteAllBytes(Path.Combine(copy, "encoder.onnx"), [1, 2, 3, 4]);

        using var bundle = NarratorBundle.FromDirectory(copy, Inventory(copy), Cpu);
        var mel = bundle.Acoustic.Synthesize([[1, 10, 20, 2]], bundle.Manifest.Speakers[0].Embedding, 1f)[0];
        var error = Assert.Throws<ModelException>(() => bundle.Encoder.Embed(new float[120 * 80], 120));

        Assert.NotEmpty(bundle.Vocoder.Decode(mel));
        Assert.Contains("encoder.onnx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Fixture_AcceptsItsValues() => Assert.Equal(16000, BundleManifest.Read(Tiny).SampleRate);

    [Fact]
    public void FromDirectory_NotJson_NamesTheManifest()
    {
        var copy = Copy();
        File.WriteAllText(Path.Combine(copy, "model.json"), "{ broken");

        var error = Assert.Throws<ModelException>(() => NarratorBundle.FromDirectory(copy, [], Cpu));

        Assert.Contains("model.json", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private string Copy() => _temp.CopyBundle(Tiny);

    private static void Edit(string folder, Action<JsonNode> edit)
    {
        var path = Path.Combine(folder, "model.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        edit(node);
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
