using System.Text.Json;
using Narrator.Voices;

namespace Narrator.Cli.Tests;

/// <summary>narrator voice script, and voice enroll --recordings (takes of slt from ../shared/data, the tiny bundle's encoder).</summary>
public sealed class VoiceScriptTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator script cli-").FullName;

    [Fact]
    public async Task Script_ShortWithName_StatementThenSixtyPromptLines()
    {
        var run = await CliRun.RunAsync("voice", "script", "--prompts", "short", "--name", "Jane Doe", "--publisher", "Acme Audio");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutLines;
        Assert.StartsWith("I, Jane Doe, am aware", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("# 60 prompts, about 2.9 minutes of speech", lines[2], StringComparison.Ordinal);
        var prompts = lines.Where(l => !l.StartsWith('#')).Skip(1).ToArray();
        Assert.Equal(60, prompts.Length);
        Assert.Equal("arctic_a0001|Author of the danger trail, Philip Steels, etc.", prompts[0]);
        Assert.DoesNotContain(prompts, p => RecordingScript.IsHeldOut(p.Split('|')[0]));
    }

    [Fact]
    public async Task Script_Json_StatementPromptsAndEstimate()
    {
        var run = await CliRun.RunAsync("voice", "script", "--prompts", "130", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Contains("[your full name]", json.RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.Equal(130, json.RootElement.GetProperty("prompts").GetArrayLength());
        Assert.Equal(6.2, json.RootElement.GetProperty("estimatedMinutes").GetDouble());
    }

    [Theory]
    [InlineData("huge")]
    [InlineData("5000")]
    public async Task Script_BadSize_ExitsTwo(string size)
    {
        var run = await CliRun.RunAsync("voice", "script", "--prompts", size);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(size == "huge" ? "--prompts 'huge'" : "1 to 1077 prompts", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_RecordingsOfOneSpeaker_EnrollsTakesWithTheirPrompts()
    {
        var takes = Takes("arctic_a0001", "arctic_a0003", "arctic_a0005");
        using var few = Voices.ConsentTesting.AllowFewTakes(5);
        var run = await EnrollAsync(takes);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("arctic_a0003.flac: ok [16000 Hz", run.Error, StringComparison.Ordinal);
        Assert.Contains("WER ", run.Error, StringComparison.Ordinal);
        var show = await CliRun.RunAsync("voice", "show", "sam-taylor", "--json", "--voices", Store);
        Assert.Contains("\"promptId\": \"arctic_a0005\"", show.Out, StringComparison.Ordinal);
        Assert.Contains("\"promptText\": \"For the twentieth time that evening the two men shook hands.\"", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_ATakeUnderASecondOfSpeech_KeptWithoutItsOwnSpeakerCheck()
    {
        // arctic_a0207 is 1.2 s long with 0.9 s of speech: too little for the encoder on its own.
        var takes = Takes("arctic_a0001", "arctic_a0003", "arctic_a0005", "arctic_a0207");
        using var few = Voices.ConsentTesting.AllowFewTakes(5);
        var run = await EnrollAsync(takes);

        Assert.True(run.ExitCode == 0, run.Error);
        var show = await CliRun.RunAsync("voice", "show", "sam-taylor", "--json", "--voices", Store);
        Assert.Contains("\"promptId\": \"arctic_a0207\"", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enroll_RecordingsAllBad_EachFileNamedThenRefusedForMinutes()
    {
        var takes = Takes();
        File.WriteAllText(Path.Combine(takes, "arctic_a0002.wav"), "not audio");
        File.WriteAllText(Path.Combine(takes, "notes.txt"), "my notes");
        File.Copy(Path.Combine(Slt, "arctic_a0001.flac"), Path.Combine(takes, "arctic_a0040.flac"));
        var run = await EnrollAsync(takes);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("arctic_a0002.wav: REJECTED: unsupported or corrupt audio file", run.Error, StringComparison.Ordinal);
        Assert.Contains("arctic_a0040.flac: REJECTED: arctic_a0040 is a held-out prompt", run.Error, StringComparison.Ordinal);
        Assert.Contains("notes.txt: REJECTED: not a take", run.Error, StringComparison.Ordinal);
        Assert.Contains("0.00 minutes of speech in 0 good takes (3 of 3 files left out, listed above); at least 2.0 minutes are needed", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Store, "sam-taylor")));
    }

    [Fact]
    public async Task Enroll_ReferencesAndRecordings_ExitsTwo()
    {
        var run = await EnrollAsync(Takes("arctic_a0001"), Path.Combine(Slt, "arctic_a0003.flac"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not both", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Slt => Path.GetFullPath(Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "data", "speech", "cmu_arctic", "slt"));

    private string Store => Path.Combine(_folder, "störe");

    private string Takes(params string[] ids)
    {
        Assert.True(Directory.Exists(Slt), $"The speech recordings are missing: {Slt} does not exist. They sit in ../shared/data beside the checkout (CI provides them).");
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "täkes")).FullName;
        foreach (var id in ids)
        {
            File.Copy(Path.Combine(Slt, id + ".flac"), Path.Combine(folder, id + ".flac"));
        }

        return folder;
    }

    private async Task<CliRun> EnrollAsync(string takes, params string[] references)
    {
        var text = Path.Combine(_folder, "consent.txt");
        await File.WriteAllTextAsync(text, "I, Sam Taylor, am aware that recordings of my voice will be used by the publishers I work with to create and use a synthetic version of my voice for audiobook and preview.");
        return await CliRun.RunUncalibratedAsync([
            "voice", "enroll", "--recordings", takes, "--name", "Sam Taylor", "--consent", Path.Combine(Slt, "arctic_b0100.flac"), "--consent-text", text,
            "--unverified-statement", "--voice", Fixtures.TinyBundle, "--voices", Store, "--consent-threshold", "-1", .. references]);
    }
}
