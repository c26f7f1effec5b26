using System.Text.Json;
using Narrator.Testing;

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

        var run = await CliRun.RunAsync("evaluate", "voice", "--data", _data, "--voice", Fixtures.TinyBundle, "--clone-sentences", "0", "--no-peers", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var speakers = report.RootElement.GetProperty("speakers").EnumerateArray().ToList();
        Assert.Equal(["alpha", "bravo"], speakers.Select(s => s.GetProperty("speaker").GetString()));
        Assert.All(speakers, s =>
        {
            Assert.InRange(s.GetProperty("werSynthesized").GetDouble(), 0, 10);
            Assert.InRange(s.GetProperty("cosineSameSpeaker").GetDouble(), -1, 1);
            Assert.Empty(s.GetProperty("peers").EnumerateArray());
            var naturalness = s.GetProperty("naturalness");
            Assert.Equal(1, naturalness.GetProperty("prompts").GetInt32());
            Assert.True(naturalness.GetProperty("melCepstralDistortionDb").GetDouble() > 0, "random weights cannot match the recording's spectrum");
        });
        Assert.Contains("alpha: 1 sentences", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Needs", "flite")]
    [Trait("Needs", "espeak-ng")]
    public async Task EvaluateVoice_SpeakerFliteLacks_SaysSoAndEspeakReadsTheSamePrompts()
    {
        Sentence("alpha", "Author of the danger trail, Philip Steels, etc.");

        var run = await CliRun.RunAsync("evaluate", "voice", "--data", _data, "--voice", Fixtures.TinyBundle, "--clone-sentences", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("alpha      flite            flite has no voice of alpha (flite -lv: ", run.Out, StringComparison.Ordinal);
        var espeak = run.OutLines.Single(l => l.StartsWith("alpha      espeak-ng en-us ", StringComparison.Ordinal));
        Assert.Matches(@"^alpha +espeak-ng en-us +\d+\.\d % +-?\d\.\d{3}$", espeak);
        var naturalness = run.OutLines.Single(l => l.StartsWith("  alpha      espeak-ng en-us ", StringComparison.Ordinal));
        Assert.Matches(@"^  alpha +espeak-ng en-us +(\d+|NaN) +(\d+\.\d|NaN) +(-?\d\.\d\d|NaN) +\d+\.\d\d$", naturalness);
    }

    [SharedDataFact("speech/splits/heldout.txt")]
    [Trait("Needs", "flite")]
    [Trait("Needs", "espeak-ng")]
    [Trait("Needs", "shared-data")]
    public async Task EvaluateVoice_DefaultVoiceTwoSentences_FliteSltReadsSltsPromptsAndBdlHasNoFliteVoice()
    {
        var run = await CliRun.RunAsync("evaluate", "voice", "--data", SharedData.Path("speech"), "--voice", Path.Combine(Fixtures.RepositoryRoot, "voices", "default"), "--sentences", "2", "--clone-sentences", "0", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var peers = report.RootElement.GetProperty("speakers").EnumerateArray()
            .ToDictionary(s => s.GetProperty("speaker").GetString()!, s => s.GetProperty("peers").EnumerateArray().ToList());
        var flite = peers["slt"].Single(p => p.GetProperty("peer").GetString() == "flite slt");
        Assert.InRange(flite.GetProperty("wer").GetDouble(), 0, 1);
        Assert.InRange(flite.GetProperty("cosineSameSpeaker").GetDouble(), -1, 1);
        Assert.StartsWith("flite has no voice of bdl", peers["bdl"][0].GetProperty("unavailable").GetString(), StringComparison.Ordinal);
        Assert.All(peers.Values, p => Assert.Contains(p, r => r.GetProperty("peer").GetString() == "espeak-ng en-us" && r.GetProperty("wer").ValueKind == JsonValueKind.Number));
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
