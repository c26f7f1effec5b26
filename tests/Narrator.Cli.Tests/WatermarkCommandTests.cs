using System.Text.Json;
using Narrator.Audio;
using Narrator.Testing;
using Narrator.Watermark;
using Narrator.Watermark.Tests;

namespace Narrator.Cli.Tests;

public sealed class WatermarkCommandTests : IDisposable
{
    private const int Rate = 16000;
    private readonly string folder = Directory.CreateTempSubdirectory("narrator wätermark ").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Detect_MarkedWav_ExitsZeroWithPayload()
    {
        var path = await WriteAsync("marked.wav", Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default, new WatermarkPayload(0xDEADBEEF)));

        var run = await CliRun.RunAsync("watermark", "detect", path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("detected").GetBoolean());
        Assert.Equal("deadbeef", json.RootElement.GetProperty("payload").GetString());
    }

    [Fact]
    public async Task Detect_PayloadOfItsProvenanceSidecar_NamesTheRender()
    {
        var path = await WriteAsync("rendered.wav", Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default, new WatermarkPayload(0xDEADBEEF)));
        File.WriteAllText(path + ".provenance.json", """{ "voice": "jane-doe", "watermarkPayload": "deadbeef", "title": "The Keeper", "created": "2026-12-02T10:00:00+00:00" }""");

        var run = await CliRun.RunAsync("watermark", "detect", path, "--voices", Path.Combine(folder, "store"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [$"{path}: watermark found", "payload deadbeef: the render \"The Keeper\" by jane-doe, made 2026-12-02T10:00:00+00:00 (its provenance sidecar rendered.wav.provenance.json)"],
            run.OutLines.Where(l => !l.Contains("score", StringComparison.Ordinal)).Select(l => l.Trim()));
    }

    [Fact]
    public async Task Detect_SidecarOfAnUntitledSpeak_SaysUntitledRatherThanAQuestionMark()
    {
        var path = await WriteAsync("spoken.wav", Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default, new WatermarkPayload(0xDEADBEEF)));
        File.WriteAllText(path + ".provenance.json", """{ "voice": "slt", "watermarkPayload": "deadbeef", "created": "2026-12-02T10:00:00+00:00" }""");

        var run = await CliRun.RunAsync("watermark", "detect", path, "--voices", Path.Combine(folder, "store"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("payload deadbeef: an untitled render by slt, made 2026-12-02T10:00:00+00:00 (its provenance sidecar spoken.wav.provenance.json)", run.OutLines.Select(l => l.Trim()));
    }

    [Fact]
    [Trait("Tier", "integration")]
    public async Task Detect_SpeechOfAStockVoice_NamesTheVoice()
    {
        var path = Path.Combine(folder, "slt.wav");
        var speak = await CliRun.RunAsync("speak", "The keeper lit the lamp at dusk, and the ships came safely home across the bay, one by one, until the harbour was full.", "--voice", "slt", "--out", path);
        Assert.True(speak.ExitCode == 0, speak.Error);

        var run = await CliRun.RunAsync("watermark", "detect", path, "--voices", Path.Combine(folder, "store"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"payload [0-9a-f]{8}: the stock voice slt\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Detect_PayloadOfNoVoiceHere_SaysSo()
    {
        var path = await WriteAsync("stranger.wav", Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, WatermarkKey.Default, new WatermarkPayload(0x12345678)));

        var run = await CliRun.RunAsync("watermark", "detect", path, "--voices", Path.Combine(folder, "store"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("payload 12345678: no voice on this machine marks its audio with it", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"score \d+\.\d \(threshold " + WatermarkDetector.Threshold.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace(".", @"\.", StringComparison.Ordinal) + @" with a payload that verifies, 6\.7 without\)", run.Out);
    }

    [Fact]
    public async Task Detect_UnmarkedWav_ExitsOne()
    {
        var path = await WriteAsync("plain.wav", SpeechLike.Make(20, Rate));

        var run = await CliRun.RunAsync("watermark", "detect", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}: watermark not found", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detect_PublisherKey_FindsOnlyWithThatKey()
    {
        var key = WatermarkKey.FromPassphrase("our secret");
        var path = await WriteAsync("publisher.wav", Watermarker.Mark(SpeechLike.Make(20, Rate), Rate, key, new WatermarkPayload(7)));

        Assert.Equal(1, (await CliRun.RunAsync("watermark", "detect", path)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("watermark", "detect", path, "--watermark-key", "our secret")).ExitCode);
    }

    [Fact]
    public async Task Detect_MissingFile_ExitsTwoNamingIt()
    {
        var run = await CliRun.RunAsync("watermark", "detect", Path.Combine(folder, "nothing.wav"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing.wav", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detect_WavWith65535Channels_ExitsTwoNamingTheFile()
    {
        var path = Path.Combine(folder, "odd.wav");
        var header = Convert.FromHexString("52494646" + "24000000" + "57415645" + "666d7420" + "10000000" + "0100" + "ffff" + "803e0000" + "00000000" + "0000" + "1000" + "64617461" + "00000000");
        File.WriteAllBytes(path, header);

        var run = await CliRun.RunAsync("watermark", "detect", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Contains("65535 channels", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("watermark", "detect")]
    [InlineData("evaluate", "watermark")]
    public async Task Help_WatermarkCommands_MatchApprovedSnapshot(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        ApprovalFile.Verify($"Help/{string.Join('-', command)}", run.Out.Replace($"  {new System.CommandLine.RootCommand().Name} ", "  narrator ", StringComparison.Ordinal));
    }

    private async Task<string> WriteAsync(string name, float[] samples)
    {
        var path = Path.Combine(folder, name);
        await WavFile.WriteAsync(path, samples, Rate);
        return path;
    }
}
