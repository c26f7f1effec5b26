using System.Text.RegularExpressions;
using Narrator.Core;
using Narrator.Models.Piper;

namespace Narrator.Models.Tests;

public sealed class PiperVoiceLoadTests
{
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };

    [Fact]
    public void FromFile_SingleSpeaker_ReportsVoiceAndProvider()
    {
        using var voice = PiperVoice.FromFile(Fixtures.SingleSpeaker, Cpu);

        Assert.Equal(16000, voice.SampleRate);
        Assert.Equal(1, voice.SpeakerCount);
        Assert.Equal(Path.GetFullPath(Fixtures.SingleSpeaker), voice.ModelPath);
        Assert.Equal("CPU", voice.ExecutionProvider);
        Assert.Equal("en-us", voice.Config.EspeakVoice);
    }

    [Fact]
    public void FromFile_MultiSpeakerInPathWithSpaceAndNonAscii_Loads()
    {
        using var voice = PiperVoice.FromFile(Fixtures.MultiSpeaker, Cpu);

        Assert.Equal(3, voice.SpeakerCount);
        Assert.Contains("t\u00efny voice", voice.ModelPath, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_AutoOnMachineWithoutCuda_RunsOnCpuAndKeepsTheReason()
    {
        using var voice = PiperVoice.FromFile(Fixtures.SingleSpeaker);

        Assert.Equal("CPU", voice.ExecutionProvider);
        Assert.Contains(voice.ProviderAttempts, a => a.Provider == "CUDA" && !a.Succeeded && a.Failure!.Length > 0);
        Assert.NotEmpty(voice.Synthesize(voice.PhonemesToIds(["a"])));
    }

    [Fact]
    public void FromFile_ExplicitConfigPath_UsesIt()
    {
        using var dir = new TempDir();
        var config = dir.File("elsewhere.json");
        File.Copy(Fixtures.SingleSpeaker + ".json", config);

        using var voice = PiperVoice.FromFile(Fixtures.SingleSpeaker, config, Cpu);

        Assert.Equal(Path.GetFullPath(config), voice.Config.ConfigPath);
    }

    [Fact]
    public void FromFile_MissingOnnx_BadInputNamingIt()
    {
        using var dir = new TempDir();
        var path = dir.File("nothing.onnx");

        var e = Assert.Throws<ModelException>(() => PiperVoice.FromFile(path, Cpu));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_MissingJson_BadInputNamingTheConfig()
    {
        using var dir = new TempDir();
        var path = dir.File("lonely.onnx");
        File.Copy(Fixtures.SingleSpeaker, path);

        var e = Assert.Throws<ModelException>(() => PiperVoice.FromFile(path, Cpu));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains(path + ".json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_CorruptOnnx_BadInputNamingIt()
    {
        using var dir = new TempDir();
        var path = dir.CopyVoice(Fixtures.SingleSpeaker);
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 2048).Select(i => (byte)(i * 31))]);

        var e = Assert.Throws<ModelException>(() => PiperVoice.FromFile(path, Cpu));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_TruncatedOnnx_BadInputNamingIt()
    {
        using var dir = new TempDir();
        var path = dir.CopyVoice(Fixtures.SingleSpeaker);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var e = Assert.Throws<ModelException>(() => PiperVoice.FromFile(path, Cpu));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid ONNX model", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 3)]
    public void FromFile_NumSpeakersDisagreesWithModel_ErrorNamesSid(bool multiModel, int configSpeakers)
    {
        using var dir = new TempDir();
        var path = dir.CopyVoice(multiModel ? Fixtures.MultiSpeaker : Fixtures.SingleSpeaker);
        var json = File.ReadAllText(path + ".json");
        json = Regex.Replace(json, "\"num_speakers\": \\d+", $"\"num_speakers\": {configSpeakers}");
        File.WriteAllText(path + ".json", Regex.Replace(json, "\"speaker_id_map\": \\{[^}]*\\}", "\"speaker_id_map\": {}"));

        var e = Assert.Throws<ModelException>(() => PiperVoice.FromFile(path, Cpu));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains("'sid'", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_ModelWithAnotherContract_OneErrorListsEveryTensor()
    {
        var notPiper = Path.Combine(Path.GetDirectoryName(Fixtures.SingleSpeaker)!, "..", "not-piper.onnx");

        var e = Assert.Throws<ModelException>(() => PiperVoice.FromFile(notPiper, Fixtures.SingleSpeaker + ".json", Cpu));

        Assert.Contains("input 'input': expected int64 [batch, phonemes], the model has no such input", e.Message, StringComparison.Ordinal);
        Assert.Contains("input 'scales'", e.Message, StringComparison.Ordinal);
        Assert.Contains("input 'x': Piper voices have no such input", e.Message, StringComparison.Ordinal);
        Assert.Contains("output 'output'", e.Message, StringComparison.Ordinal);
        Assert.Contains("not-piper.onnx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthesize_AfterDispose_Throws()
    {
        var voice = PiperVoice.FromFile(Fixtures.SingleSpeaker, Cpu);
        voice.Dispose();

        Assert.Throws<ObjectDisposedException>(() => voice.Synthesize([1, 0, 2]));
    }
}
