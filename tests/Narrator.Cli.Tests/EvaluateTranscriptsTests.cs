using System.Text.Json;
using Narrator.Testing;

namespace Narrator.Cli.Tests;

/// <summary>narrator evaluate transcripts: training clips heard by pocketsphinx; a clip under the wrong transcript is rejected.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "pocketsphinx")]
public sealed class EvaluateTranscriptsTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("narrator eval transcripts-").FullName;

    [SharedDataFact("speech/cmu_arctic/bdl/arctic_a0007.flac")]
    [Trait("Needs", "shared-data")]
    public async Task EvaluateTranscripts_ClipUnderAnotherSentencesTranscript_IsTheOneRejected()
    {
        var bdl = SharedData.Path("speech/cmu_arctic/bdl");
        Clip(bdl, "arctic_a0003", "s1", "For the twentieth time that evening the two men shook hands.");
        Clip(bdl, "arctic_a0007", "s2", "And you always want to see it in the superlative degree.");
        Clip(bdl, "arctic_a0003", "s3", "And you always want to see it in the superlative degree.");
        var output = Path.Combine(_data, "checked");

        var run = await CliRun.RunAsync("evaluate", "transcripts", "--data", _data, "--out", output, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var reject = Assert.Single(report.RootElement.GetProperty("rejects").EnumerateArray());
        Assert.Equal("alpha/s3", reject.GetProperty("clip").GetString());
        Assert.Contains("twentieth", reject.GetProperty("heard").GetString(), StringComparison.Ordinal);
        var speaker = Assert.Single(report.RootElement.GetProperty("speakers").EnumerateArray());
        Assert.Equal(3, speaker.GetProperty("clips").GetInt32());
        var rows = File.ReadAllLines(Path.Combine(output, "transcripts-checked.tsv")).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["alpha/s1", "alpha/s2", "alpha/s3"], rows.Select(r => r[0]));
        Assert.Equal(["11", "11", "11"], rows.Select(r => r[1]));
        Assert.True(int.Parse(rows[2][2]) > 5, $"the wrong transcript has {rows[2][2]} errors");
        var rejected = File.ReadAllLines(Path.Combine(output, "transcripts-rejected.tsv")).Where(l => !l.StartsWith('#')).ToList();
        Assert.StartsWith("alpha/s3\t", Assert.Single(rejected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateTranscripts_SplitNamesAMissingRecording_ExitsTwoNamingItAndWritesNothing()
    {
        Directory.CreateDirectory(Path.Combine(_data, "splits"));
        File.WriteAllText(Path.Combine(_data, "splits", "train.txt"), "alpha/s9\n");
        Directory.CreateDirectory(Path.Combine(_data, "cmu_arctic", "alpha"));
        File.WriteAllText(Path.Combine(_data, "cmu_arctic", "alpha", "transcript.txt"), "s9|Hello.\n");
        var output = Path.Combine(_data, "checked");

        var run = await CliRun.RunAsync("evaluate", "transcripts", "--data", _data, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("train.txt: 'alpha/s9' has no recording", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task EvaluateTranscripts_RateAboveOne_ExitsTwoNamingTheOption()
    {
        var run = await CliRun.RunAsync("evaluate", "transcripts", "--data", _data, "--max-wer", "1.5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-wer 1.5: give a share of words between 0 and 1", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private void Clip(string speakerFolder, string recording, string id, string text)
    {
        var folder = Path.Combine(_data, "cmu_arctic", "alpha");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(_data, "splits"));
        File.AppendAllText(Path.Combine(_data, "splits", "train.txt"), $"alpha/{id}\n");
        File.AppendAllText(Path.Combine(folder, "transcript.txt"), $"{id}|{text}\n");
        File.Copy(Path.Combine(speakerFolder, recording + ".flac"), Path.Combine(folder, id + ".flac"));
    }
}
