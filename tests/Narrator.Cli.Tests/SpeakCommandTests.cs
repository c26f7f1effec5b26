using Narrator.Audio;

namespace Narrator.Cli.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class SpeakCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator cli ö-").FullName;

    [Fact]
    public async Task Speak_LexiconAlias_SpeaksTheLongerAlias()
    {
        var lexicon = Path.Combine(_folder, "names.txt");
        await File.WriteAllTextAsync(lexicon, "Zed  =zed the magnificent wizard of the northern mountains\n");
        var plain = Path.Combine(_folder, "plain.wav");
        var aliased = Path.Combine(_folder, "aliased.wav");

        Assert.Equal(0, (await CliRun.RunAsync("speak", "Zed.", "--voice", Fixtures.TinyBundle, "--out", plain)).ExitCode);
        var run = await CliRun.RunAsync("speak", "Zed.", "--voice", Fixtures.TinyBundle, "--lexicon", lexicon, "--out", aliased);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(WavFile.Read(aliased).Samples.Length > 3 * WavFile.Read(plain).Samples.Length, "the alias was not spoken");
    }

    [Fact]
    public async Task Speak_TestVoice_WritesWavThatGrowsWithTheText()
    {
        var shortWav = Path.Combine(_folder, "short.wav");
        var longWav = Path.Combine(_folder, "long.wav");

        var first = await Speak("Hello there.", shortWav);
        var second = await Speak("Hello there. This sentence is quite a lot longer than the first one was.", longWav);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var (shortSamples, rate) = WavFile.Read(shortWav);
        var (longSamples, _) = WavFile.Read(longWav);
        Assert.Equal(16000, rate);
        Assert.NotEmpty(shortSamples);
        Assert.True(longSamples.Length > 2 * shortSamples.Length, $"{longSamples.Length} vs {shortSamples.Length}");
        Assert.Contains("running on CPU", first.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_Stdin_IsSpoken()
    {
        var wav = Path.Combine(_folder, "stdin.wav");

        var run = await CliRun.RunWithInputAsync("Read from standard input.", "speak", "--voice", Fixtures.TinyVoice, "--out", wav);

        Assert.Equal(0, run.ExitCode);
        Assert.True(WavFile.Read(wav).Samples.Length > 0);
    }

    [Fact]
    public async Task Speak_MultiSpeakerVoiceInPathWithSpaces_UsesTheSpeaker()
    {
        var wav = Path.Combine(_folder, "multi.wav");

        var run = await CliRun.RunAsync("speak", "Two speakers.", "--voice", Fixtures.MultiSpeakerVoice, "--speaker", "2", "--out", wav);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(wav));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... ???")]
    public async Task Speak_NothingToSay_ExitsTwoWithoutWritingAFile(string text)
    {
        var wav = Path.Combine(_folder, "nothing.wav");

        var run = await Speak(text, wav);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(wav));
        var error = Assert.Single(run.Error.Split('\n'), line => line.StartsWith("narrator: ", StringComparison.Ordinal));
        Assert.Contains("nothing to speak", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_MissingVoiceFile_NamesIt()
    {
        var missing = Path.Combine(_folder, "nobody.onnx");

        var run = await CliRun.RunAsync("speak", "Hello.", "--voice", missing, "--out", Path.Combine(_folder, "x.wav"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nobody.onnx", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_CorruptModel_IsBadInputNamingTheFile()
    {
        var corrupt = Path.Combine(_folder, "corrupt.onnx");
        File.WriteAllBytes(corrupt, [0x08, 0x07, 0xFF, 0x00, 0x13, 0x37]);
        File.Copy(Fixtures.TinyVoice + ".json", corrupt + ".json");

        var run = await CliRun.RunAsync("speak", "Hello.", "--voice", corrupt, "--out", Path.Combine(_folder, "x.wav"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("corrupt.onnx", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_CorruptModelWithVerbose_ShowsTheStackTrace()
    {
        var corrupt = Path.Combine(_folder, "corrupt.onnx");
        File.WriteAllBytes(corrupt, [1, 2, 3]);
        File.Copy(Fixtures.TinyVoice + ".json", corrupt + ".json");

        var run = await CliRun.RunAsync("speak", "Hello.", "--voice", corrupt, "--out", Path.Combine(_folder, "x.wav"), "--verbose");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_CudaOnMachineWithoutCuda_IsAClearError()
    {
        var run = await CliRun.RunAsync("speak", "Hello.", "--voice", Fixtures.TinyVoice, "--device", "cuda", "--out", Path.Combine(_folder, "x.wav"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("CUDA", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_NoVoice_UsesTheDefaultStockBundle()
    {
        var wav = Path.Combine(_folder, "default.wav");

        var run = await CliRun.RunAsync("speak", "Hello.", "--out", wav);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("narrator-default/bdl", run.Error, StringComparison.Ordinal);
        Assert.True(WavFile.Read(wav).Samples.Length > 0);
    }

    [Fact]
    public async Task Speak_UnknownVoiceName_ListsTheStockVoices()
    {
        var run = await CliRun.RunAsync("speak", "Hello.", "--voice", "nobody-by-that-name", "--out", Path.Combine(_folder, "x.wav"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Stock voices: default", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<CliRun> Speak(string text, string wav) =>
        CliRun.RunAsync("speak", text, "--voice", Fixtures.TinyVoice, "--out", wav, "--noise-scale", "0", "--noise-w", "0");
}
