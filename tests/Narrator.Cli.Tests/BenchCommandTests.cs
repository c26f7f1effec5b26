using System.Text.Json;

namespace Narrator.Cli.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_Json_ReportsSpeedFiguresOfTheVoice()
    {
        var run = await CliRun.RunAsync("bench", "--voice", Fixtures.TinyVoice, "--runs", "1", "--device", "cpu", "--json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var root = report.RootElement;
        Assert.Equal("CPU", root.GetProperty("executionProvider").GetString());
        Assert.True(root.GetProperty("audioSeconds").GetDouble() > 1);
        var rtf = root.GetProperty("realTimeFactor").GetDouble();
        Assert.Equal(1 / rtf, root.GetProperty("audioSecondsPerSecond").GetDouble(), 6);
        Assert.True(root.GetProperty("timeToFirstAudioSeconds").GetDouble() > 0);
        Assert.True(root.GetProperty("peakMemoryBytes").GetInt64() > 1 << 20);
        Assert.Equal(8, root.GetProperty("utterances").GetInt32());
        Assert.Equal("streaming", root.GetProperty("path").GetString());
        var stages = new[] { "frontendSeconds", "modelSeconds", "watermarkSeconds", "otherSeconds" }.Sum(s => root.GetProperty(s).GetDouble());
        Assert.Equal(root.GetProperty("computeSeconds").GetDouble(), stages, 6);
        Assert.True(root.GetProperty("modelSeconds").GetDouble() > 0);
    }

    [Fact]
    public async Task Bench_Table_NamesModelDeviceAndThreads()
    {
        var run = await CliRun.RunAsync("bench", "--voice", Fixtures.TinyVoice, "--runs", "1", "--path", "batch", "--batch", "4");

        Assert.Equal(0, run.ExitCode);
        foreach (var figure in new[] { "en_US-tiny-x_low", "CPU", "threads", "batch (4 utterances per call)", "models", "watermark", "real-time factor", "time to first audio", "peak memory" })
        {
            Assert.Contains(figure, run.Out, StringComparison.Ordinal);
        }
    }
}
