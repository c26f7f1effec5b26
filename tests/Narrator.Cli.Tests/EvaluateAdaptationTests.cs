using System.Text.Json;

namespace Narrator.Cli.Tests;

/// <summary>
/// narrator evaluate adaptation with the tiny bundle (random weights) on a small data folder made of slt
/// recordings: a speaker outside the held-out split is measured few-shot, adapted with PyTorch.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "pocketsphinx")]
[Trait("Needs", "python")]
public sealed class EvaluateAdaptationTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("narrator eval adaptation-").FullName;

    [Fact]
    public async Task EvaluateAdaptation_FewShotSpeaker_NaturalZeroShotAndAdaptedRows()
    {
        Speaker(Path.Combine("vctk", "p900"), "arctic_a0001", "arctic_a0002", "arctic_a0003", "arctic_a0004", "arctic_a0005");
        Speaker(Path.Combine("cmu_arctic", "alpha"), "arctic_a0020");
        Directory.CreateDirectory(Path.Combine(_data, "splits"));
        File.WriteAllText(Path.Combine(_data, "splits", "heldout.txt"), "alpha/arctic_a0020\n");

        var run = await CliRun.RunAsync(
            "evaluate", "adaptation", "--data", _data, "--voice", Fixtures.TinyBundle, "--speaker", "p900", "--takes", "3",
            "--sentences", "2", "--steps", "2", "--threads", "1", "--work", Path.Combine(_data, "wörk"), "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var rows = report.RootElement.GetProperty("conditions").EnumerateArray().ToList();
        Assert.Equal(["natural recordings", "zero-shot (3 takes' embedding)", "adapted on 3 takes"], rows.Select(r => r.GetProperty("condition").GetString()));
        Assert.Equal(2, rows[2].GetProperty("steps").GetInt32());
        Assert.Equal(2, report.RootElement.GetProperty("sentences").GetInt32());
        Assert.All(rows, r => Assert.InRange(r.GetProperty("cosineOwn").GetDouble(), -1, 1));
        Assert.Equal("alpha", rows[1].GetProperty("closestOther").GetString());
        Assert.True(File.Exists(Path.Combine(_data, "wörk", "p900-3", "adapted.safetensors")));
    }

    [Fact]
    public async Task EvaluateAdaptation_SpeakerOfTheBaseBundle_ExitsTwo()
    {
        var run = await CliRun.RunAsync("evaluate", "adaptation", "--data", _data, "--voice", Fixtures.TinyBundle, "--speaker", "bravo");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("was trained on 'bravo'", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private void Speaker(string relative, params string[] ids)
    {
        var slt = Path.GetFullPath(Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "data", "speech", "cmu_arctic", "slt"));
        Assert.True(Directory.Exists(slt), $"The speech recordings are missing: {slt} does not exist. They sit in ../shared/data beside the checkout (CI provides them).");
        var texts = File.ReadAllLines(Path.Combine(slt, "transcript.txt")).Select(l => l.Split('|', 2)).ToDictionary(p => p[0], p => p[1]);
        var folder = Directory.CreateDirectory(Path.Combine(_data, relative)).FullName;
        foreach (var id in ids)
        {
            File.Copy(Path.Combine(slt, id + ".flac"), Path.Combine(folder, id + ".flac"));
        }

        File.WriteAllLines(Path.Combine(folder, "transcript.txt"), ids.Select(id => $"{id}|{texts[id]}"));
    }
}
