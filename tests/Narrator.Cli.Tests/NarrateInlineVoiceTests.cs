namespace Narrator.Cli.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(CliSerial.Name)]
public sealed class NarrateInlineVoiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator inline ü-").FullName;

    private string Out => Path.Combine(_folder, "out");

    private string BookPath => Path.Combine(_folder, "tea.md");

    [Fact]
    public async Task Narrate_MarkdownNamingVoicesInline_RendersAndNeverSpeaksTheMarkup()
    {
        File.WriteAllText(BookPath, $"# Tea\n\nThe tea was cold. [Where is the milk?]{{voice=\"{Fixtures.TinyBundle}\"}} she asked.\n\n# Croquet\n\nOff with her head!\n{{voice=\"{Fixtures.TinyProsodyBundle}\"}}\n");

        var run = await Narrate("--voice", Fixtures.TinyVoice);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 chapter(s) rendered", run.Out, StringComparison.Ordinal);
        var timings = string.Join('\n', Directory.GetFiles(Path.Combine(Out, "timings")).SelectMany(f => Narrator.Rendering.Timing.ChapterTimings.Load(f).Utterances).Select(u => u.Text));
        Assert.Contains("Where is the milk?", timings, StringComparison.Ordinal);
        Assert.Contains("Off with her head!", timings, StringComparison.Ordinal);
        Assert.DoesNotContain("voice=", timings, StringComparison.Ordinal);
        Assert.DoesNotContain("tiny-prosody", timings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrate_UnknownInlineVoice_ExitsTwoNamingTheFileChapterAndNameBeforeWritingAnything()
    {
        File.WriteAllText(BookPath, "# Tea\n\nThe tea was cold.\n\n# Croquet\n\n[Off with her head!]{voice=nobody-at-all} she cried.\n");

        var run = await Narrate("--voice", Fixtures.TinyVoice);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the voice \"nobody-at-all\" named in tea.md line 7 (chapter 2 \"Croquet\"): Voice 'nobody-at-all' was not found", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Narrate_UnknownInlineVoiceAfterARender_LeavesTheRenderFolderAsItWas()
    {
        File.WriteAllText(BookPath, $"# Tea\n\nThe tea was cold.\n\n# Croquet\n\n[Off with her head!]{{voice=\"{Fixtures.TinyBundle}\"}} she cried.\n");
        Assert.Equal(0, (await Narrate("--voice", Fixtures.TinyVoice)).ExitCode);
        var before = Snapshot();
        File.WriteAllText(BookPath, "# Tea\n\nThe tea was cold.\n\n# Croquet\n\n[Off with her head!]{voice=nobody-at-all} she cried.\n");

        var run = await Narrate("--voice", Fixtures.TinyVoice);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"nobody-at-all\"", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("cast")]
    public async Task PlanAndCast_UnknownInlineVoice_ExitTwoNamingTheFileLineChapterAndNameAsNarrateDoes(string command)
    {
        File.WriteAllText(BookPath, "# Tea\n\nThe tea was cold.\n\n# Croquet\n\n[Off with her head!]{voice=nobody-at-all} she cried.\n");

        var run = await CliRun.RunAsync(command, BookPath);
        var narrate = await Narrate("--voice", Fixtures.TinyVoice);

        Assert.Equal(2, run.ExitCode);
        const string Place = "the voice \"nobody-at-all\" named in tea.md line 7 (chapter 2 \"Croquet\"): Voice 'nobody-at-all' was not found";
        Assert.Contains(Place, run.Error, StringComparison.Ordinal);
        Assert.Contains(Place, narrate.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("cast")]
    public async Task PlanAndCast_InlineNameOfACastCharacter_AcceptedWithTheCastFileOnly(string command)
    {
        File.WriteAllText(BookPath, $"# Croquet\n\nOff with her head!\n{{voice=\"the Queen\"}}\n\n[Where is the milk?]{{voice=\"{Fixtures.TinyBundle}\"}} she asked.\n");
        var cast = Path.Combine(_folder, "cast.json");
        File.WriteAllText(cast, "{\"narrator\": " + System.Text.Json.JsonSerializer.Serialize(Fixtures.TinyVoice) + ", \"characters\": {\"The Queen\": " + System.Text.Json.JsonSerializer.Serialize(Fixtures.TinyBundle) + "}}");

        var with = await CliRun.RunAsync(command, BookPath, "--cast", cast);
        var without = await CliRun.RunAsync(command, BookPath);

        Assert.True(with.ExitCode == 0, with.Error);
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("the voice \"the Queen\" named in tea.md line 3 (chapter 1 \"Croquet\")", without.Error, StringComparison.Ordinal);
    }

    /// <summary>Every file of the render folder with its bytes' hash.</summary>
    private Dictionary<string, string> Snapshot() => Directory.GetFiles(Out, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(Out, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<CliRun> Narrate(params string[] voice) =>
        CliRun.RunAsync(["narrate", BookPath, .. voice, "--out", Out, "--no-mp3", "--no-m4b", "--no-proof", "--noise-scale", "0", "--noise-w", "0"]);
}
