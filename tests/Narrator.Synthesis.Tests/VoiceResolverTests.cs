using Narrator.Core;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Tests;

public sealed class VoiceResolverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("narrator voices ä-").FullName;

    private string Stock => Path.Combine(_root, "stock");

    [Fact]
    public void Resolve_ExistingOnnxFile_IsAPiperVoice()
    {
        var file = Touch(Path.Combine(_root, "my voice.onnx"));

        var voice = VoiceResolver.Resolve(file, Stock);

        Assert.Equal(new VoiceReference(VoiceKind.Piper, file, "my voice"), voice);
    }

    [Fact]
    public void Resolve_FolderWithManifest_IsABundle()
    {
        var bundle = Directory.CreateDirectory(Path.Combine(_root, "bundle")).FullName;
        Touch(Path.Combine(bundle, "model.json"));

        Assert.Equal(VoiceKind.NarratorBundle, VoiceResolver.Resolve(bundle, Stock).Kind);
    }

    [Fact]
    public void Resolve_MissingRelativePath_NamesTheFullPathLookedForAndNoCommandLineFlag()
    {
        var e = Assert.Throws<Core.NarratorException>(() => VoiceResolver.Resolve("voices/nowhere/en_US-x.onnx", Stock));

        Assert.Contains(Path.GetFullPath("voices/nowhere/en_US-x.onnx"), e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--voice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FolderWithoutManifest_SaysWhatIsMissing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        var error = Assert.Throws<NarratorException>(() => VoiceResolver.Resolve(folder, Stock));

        Assert.Contains("model.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FileThatIsNotOnnx_IsRefusedByName()
    {
        var file = Touch(Path.Combine(_root, "voice.txt"));

        var error = Assert.Throws<NarratorException>(() => VoiceResolver.Resolve(file, Stock));

        Assert.Contains("voice.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_StockName_FindsTheShippedVoiceIgnoringCase()
    {
        var shipped = Touch(Path.Combine(Stock, "alto.onnx"));

        Assert.Equal(shipped, VoiceResolver.Resolve("ALTO", Stock).Path);
    }

    [Fact]
    public void Resolve_NoVoiceGiven_TakesTheDefaultStockVoice()
    {
        Touch(Path.Combine(Stock, "alto.onnx"));
        var fallback = Touch(Path.Combine(Stock, "default.onnx"));

        Assert.Equal(fallback, VoiceResolver.Resolve(null, Stock).Path);
    }

    [Fact]
    public void Resolve_UnknownName_ListsTheStockVoices()
    {
        Touch(Path.Combine(Stock, "alto.onnx"));
        Touch(Path.Combine(Stock, "bass.onnx"));

        var error = Assert.Throws<NarratorException>(() => VoiceResolver.Resolve("tenor", Stock));

        Assert.Contains("'tenor'", error.Message, StringComparison.Ordinal);
        Assert.Contains("alto, bass", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SpeakerOfAStockBundle_SpeaksAsThatSpeaker()
    {
        var bundle = Path.Combine(Stock, "default");
        Directory.CreateDirectory(bundle);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny")))
        {
            File.Copy(file, Path.Combine(bundle, Path.GetFileName(file)));
        }

        var reference = VoiceResolver.Resolve("Bravo", Stock);
        using var voice = VoiceLoader.Load(reference, new Models.ExecutionOptions { Device = Models.ExecutionDevice.Cpu });

        Assert.Equal(new VoiceReference(VoiceKind.NarratorBundle, bundle, "bravo", "bravo"), reference);
        Assert.Equal("narrator-tiny/bravo", voice.Name);
        Assert.Equal(["default", "alpha", "bravo", "charlie"], VoiceResolver.StockVoices(Stock).Select(v => v.Name));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Touch(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
        return path;
    }
}
