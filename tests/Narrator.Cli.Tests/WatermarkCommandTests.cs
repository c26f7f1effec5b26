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
    public async Task Detect_UnmarkedWav_ExitsOne()
    {
        var path = await WriteAsync("plain.wav", SpeechLike.Make(20, Rate));

        var run = await CliRun.RunAsync("watermark", "detect", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not detected", run.Out, StringComparison.Ordinal);
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
