using System.Text.Json;
using Narrator.Testing;

namespace Narrator.Cli.Tests;

/// <summary>narrator evaluate proof on a two-sentence data folder with the tiny bundle (random weights) and pocketsphinx.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "pocketsphinx")]
public sealed class EvaluateProofTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("narrator eval proof-").FullName;

    [Fact]
    public async Task EvaluateProof_TwoPrompts_ScoresNaturalVoiceAndFourFaultsOfEachPrompt()
    {
        var folder = Path.Combine(_data, "cmu_arctic", "alpha");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(_data, "splits"));
        File.WriteAllText(Path.Combine(_data, "splits", "heldout.txt"), "alpha/s1\nalpha/s2\n");
        File.WriteAllText(Path.Combine(folder, "transcript.txt"), "s1|Author of the danger trail, Philip Steels, etc.\ns2|Will we ever forget it.\n");
        File.Copy(Fixtures.GoldenWav, Path.Combine(folder, "s1.wav"));
        File.Copy(Fixtures.GoldenWav, Path.Combine(folder, "s2.wav"));

        var run = await CliRun.RunAsync("evaluate", "proof", "--data", _data, "--voice", Fixtures.TinyBundle, "--sentences", "2", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var conditions = report.RootElement.GetProperty("conditions").EnumerateArray().ToDictionary(c => c.GetProperty("condition").GetString()!, c => c);
        Assert.Equal(
            ["natural recordings", "voice", "fault: a word left out", "fault: middle half room tone", "fault: middle third backwards", "fault: another prompt read"],
            conditions.Keys);
        Assert.All(conditions.Values, c => Assert.Equal(2, c.GetProperty("utterances").GetInt32()));
        Assert.False(conditions["voice"].GetProperty("fault").GetBoolean());
        Assert.True(conditions["fault: another prompt read"].GetProperty("fault").GetBoolean());
        Assert.Equal(8, report.RootElement.GetProperty("thresholds").GetProperty("mismatchRun").GetInt32());
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
