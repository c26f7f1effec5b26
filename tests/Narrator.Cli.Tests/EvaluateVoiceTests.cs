using System.Text.Json;

namespace Narrator.Cli.Tests;

/// <summary>narrator evaluate voice on a one-sentence data folder with the tiny bundle (random weights) and pocketsphinx.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "pocketsphinx")]
public sealed class EvaluateVoiceTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("narrator eval voice-").FullName;

    [Fact]
    public async Task EvaluateVoice_TwoStockSpeakers_ReportsWordErrorRatesAndCosines()
    {
        Sentence("alpha", "Author of the danger trail, Philip Steels, etc.");
        Sentence("bravo", "Author of the danger trail, Philip Steels, etc.");

        var run = await CliRun.RunAsync("evaluate", "voice", "--data", _data, "--voice", Fixtures.TinyBundle, "--clone-sentences", "0", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var speakers = report.RootElement.GetProperty("speakers").EnumerateArray().ToList();
        Assert.Equal(["alpha", "bravo"], speakers.Select(s => s.GetProperty("speaker").GetString()));
        Assert.All(speakers, s =>
        {
            Assert.InRange(s.GetProperty("werSynthesized").GetDouble(), 0, 10);
            Assert.InRange(s.GetProperty("cosineSameSpeaker").GetDouble(), -1, 1);
        });
        Assert.Contains("alpha: 1 sentences", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateVoice_SplitNamesAMissingRecording_ExitsTwoNamingIt()
    {
        Directory.CreateDirectory(Path.Combine(_data, "splits"));
        File.WriteAllText(Path.Combine(_data, "splits", "heldout.txt"), "alpha/s9\n");
        Directory.CreateDirectory(Path.Combine(_data, "cmu_arctic", "alpha"));
        File.WriteAllText(Path.Combine(_data, "cmu_arctic", "alpha", "transcript.txt"), "s9|Hello.\n");

        var run = await CliRun.RunAsync("evaluate", "voice", "--data", _data, "--voice", Fixtures.TinyBundle);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'alpha/s9' has no recording", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private void Sentence(string speaker, string text)
    {
        var folder = Path.Combine(_data, "cmu_arctic", speaker);
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(_data, "splits"));
        File.AppendAllText(Path.Combine(_data, "splits", "heldout.txt"), $"{speaker}/s1\n");
        File.WriteAllText(Path.Combine(folder, "transcript.txt"), $"s1|{text}\n");
        File.Copy(Fixtures.GoldenWav, Path.Combine(folder, "s1.wav"));
    }
}
