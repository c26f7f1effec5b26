namespace Narrator.Cli.Tests.Proof;

/// <summary>
/// <c>narrator proof</c> on folders it cannot check: each a clear error (exit 2) naming the folder or the file and what
/// to do, and nothing in the folder changed.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(CliSerial.Name)]
public sealed class ProofCommandTests : IDisposable
{
    private const string Chapter = "01 - The Keeper.flac";
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator proof-").FullName;

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public async Task Proof_NoSuchFolder_SaysSo()
    {
        var run = await CliRun.RunAsync("proof", Path.Combine(_folder, "nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere: no such render folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proof_FolderWithoutRender_SaysItIsNotARenderFolder()
    {
        var run = await CliRun.RunAsync("proof", _folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a render folder (it has no render.json)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proof_ChapterCutShorter_NamesTheFileAndChangesNothing()
    {
        await NarrateAsync();
        var flac = Path.Combine(Out, "chapters", Chapter);
        var shorter = Path.Combine(_folder, "shorter.flac");
        var cut = System.Diagnostics.Process.Start("ffmpeg", ["-v", "error", "-y", "-i", flac, "-t", "1", shorter]);
        await cut.WaitForExitAsync();
        File.Move(shorter, flac, overwrite: true);
        var before = Snapshot();

        var run = await CliRun.RunAsync("proof", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"chapters/{Chapter} has 44100 samples, but its timings describe", run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Proof_ChapterFileMissing_NamesItAndChangesNothing()
    {
        await NarrateAsync();
        File.Delete(Path.Combine(Out, "chapters", Chapter));
        var before = Snapshot();

        var run = await CliRun.RunAsync("proof", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Chapter 1 \"The Keeper\": its file chapters/{Chapter} is missing", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Proof_RenderFromBeforeTimings_SaysToRenderAgainAndChangesNothing()
    {
        await NarrateAsync();
        var render = Path.Combine(Out, "render.json");
        var state = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(render))!;
        foreach (var chapter in state["chapters"]!.AsArray())
        {
            chapter!.AsObject().Remove("timings");
        }

        File.WriteAllText(render, state.ToJsonString());
        var before = Snapshot();

        var run = await CliRun.RunAsync("proof", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rendered by an earlier version of Narrator, which kept no utterance timings", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task NarrateAsync()
    {
        var book = Path.Combine(_folder, "keeper.md");
        File.WriteAllText(book, "# Keeper\n\n## The Keeper\n\nThe lamp was lit at dusk. The keeper climbed the stairs.\n");
        var run = await CliRun.RunAsync("narrate", book, "--voice", Fixtures.TinyVoice, "--out", Out, "--no-mp3", "--no-m4b", "--no-proof");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    /// <summary>Every file of the render folder with its bytes' hash.</summary>
    private Dictionary<string, string> Snapshot() => Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
        .ToDictionary(f => Path.GetRelativePath(Out, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
