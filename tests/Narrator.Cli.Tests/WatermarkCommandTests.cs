using System.Text.Json;
using Narrator.Audio;
using Narrator.Testing;
using Narrator.Watermark;

namespace Narrator.Cli.Tests;

public sealed class WatermarkCommandTests : IDisposable
{
    private const int Rate = 16000;
    private readonly string folder = Directory.CreateTempSubdirectory("narrator wätermark ").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Detect_MarkedWav_ExitsZeroWithPayload()
    {
        var path = await WriteAsync("marked.wav", Watermarker.Mark(Voiced(15), Rate, WatermarkKey.Default, new WatermarkPayload(0xDEADBEEF)));

        var run = await CliRun.RunAsync("watermark", "detect", path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("detected").GetBoolean());
        Assert.Equal("deadbeef", json.RootElement.GetProperty("payload").GetString());
    }

    [Fact]
    public async Task Detect_UnmarkedWav_ExitsOne()
    {
        var path = await WriteAsync("plain.wav", Voiced(15));

        var run = await CliRun.RunAsync("watermark", "detect", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not detected", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detect_PublisherKey_FindsOnlyWithThatKey()
    {
        var key = WatermarkKey.FromPassphrase("our secret");
        var path = await WriteAsync("publisher.wav", Watermarker.Mark(Voiced(15), Rate, key, new WatermarkPayload(7)));

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

    [Theory]
    [InlineData("watermark", "detect")]
    [InlineData("evaluate", "watermark")]
    public async Task Help_WatermarkCommands_MatchApprovedSnapshot(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        ApprovalFile.Verify($"Help/{string.Join('-', command)}", run.Out);
    }

    private async Task<string> WriteAsync(string name, float[] samples)
    {
        var path = Path.Combine(folder, name);
        await WavFile.WriteAsync(path, samples, Rate);
        return path;
    }

    // Gliding harmonics in syllables: enough like speech for the detector's speech gate.
    private static float[] Voiced(double seconds)
    {
        var random = new Random(3);
        var samples = new float[(int)(seconds * Rate)];
        double phase = 0;
        var f0 = 120.0;
        for (var n = 0; n < samples.Length; n++)
        {
            if (n % 4000 == 0)
            {
                f0 = 90 + (120 * random.NextDouble());
            }

            phase += 2 * Math.PI * f0 / Rate;
            double voiced = 0;
            for (var h = 1; h * f0 < 7500; h++)
            {
                voiced += Math.Sin(h * phase) / h;
            }

            var envelope = Math.Sin(Math.PI * (n % 4000) / 4000.0);
            samples[n] = (float)(envelope * ((0.08 * voiced) + (0.01 * ((2 * random.NextDouble()) - 1))));
        }

        return samples;
    }
}
