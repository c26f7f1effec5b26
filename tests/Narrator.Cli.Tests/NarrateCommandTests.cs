using System.Text.Json;

namespace Narrator.Cli.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(CliSerial.Name)]
public sealed class NarrateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator narrate ü-").FullName;

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public async Task Plan_Json_FollowsTheContract()
    {
        var run = await CliRun.RunAsync("plan", Path.Combine(Fixtures.Samples, "the-lighthouse.epub"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var plan = JsonDocument.Parse(run.Out);
        Assert.Equal("The Lighthouse", plan.RootElement.GetProperty("title").GetString());
        Assert.True(plan.RootElement.TryGetProperty("author", out _));
        var chapters = plan.RootElement.GetProperty("chapters").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], chapters.Select(c => c.GetProperty("index").GetInt32()));
        Assert.All(chapters, c => Assert.True(c.GetProperty("words").GetInt32() > 50));
        var first = chapters[0];
        Assert.Equal(first.GetProperty("words").GetInt32() / 155.0 * 60, first.GetProperty("estimatedSeconds").GetDouble(), 0);
    }

    [Fact]
    public async Task Plan_WithVoice_UsesItsMeasuredRate()
    {
        var run = await CliRun.RunAsync("plan", Path.Combine(Fixtures.Samples, "the-lighthouse.md"), "--json", "--voice", Fixtures.TinyVoice);

        Assert.Equal(0, run.ExitCode);
        using var plan = JsonDocument.Parse(run.Out);
        Assert.NotEqual(155, plan.RootElement.GetProperty("wordsPerMinute").GetDouble());
    }

    [Fact]
    public async Task Narrate_Chapters_RendersThemAndReportsLevels()
    {
        var run = await CliRun.RunAsync("narrate", Path.Combine(Fixtures.Samples, "the-lighthouse.md"), "--voice", Fixtures.TinyVoice, "--out", Out, "--chapters", "2", "--no-mp3", "--no-proof");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["02 - The Storm.flac"], Directory.GetFiles(Path.Combine(Out, "chapters"), "*.flac").Select(Path.GetFileName));
        Assert.Contains("pass", run.Out, StringComparison.Ordinal);
        Assert.Contains("RMS dB", run.Out, StringComparison.Ordinal);
        Assert.Contains("M4B", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrate_ReadAlongOnARenderWithoutTimings_ExitsTwoNamingTheChapterAndKeepsEveryFile()
    {
        var book = Path.Combine(Fixtures.Samples, "the-lighthouse.md");
        var first = await CliRun.RunAsync("narrate", book, "--voice", Fixtures.TinyVoice, "--out", Out, "--read-along", "--captions", "--no-m4b", "--no-proof");
        var state = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "render.json")))!;
        foreach (var chapter in state["chapters"]!.AsArray())
        {
            chapter!.AsObject().Remove("timings");
        }

        File.WriteAllText(Path.Combine(Out, "render.json"), state.ToJsonString());
        var files = Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        var again = await CliRun.RunAsync("narrate", book, "--voice", Fixtures.TinyVoice, "--out", Out, "--read-along", "--no-m4b", "--no-proof");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Read-along EPUB: ", first.Out, StringComparison.Ordinal);
        Assert.Contains("Captions: 3 WebVTT file(s)", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "The Lighthouse (read-along).epub")));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("Chapter 1 \"The Keeper\" was rendered by an earlier version of Narrator", again.Error, StringComparison.Ordinal);
        Assert.Equal(files, Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("missing.epub", "missing.epub")]
    [InlineData("garbage.epub", "garbage.epub")]
    public async Task Narrate_BadBook_ExitsTwoNamingIt(string name, string expected)
    {
        var path = Path.Combine(_folder, name);
        if (name.StartsWith("garbage", StringComparison.Ordinal))
        {
            File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        }

        var run = await CliRun.RunAsync("narrate", path, "--voice", Fixtures.TinyVoice, "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Narrate_SsmlFile_ExitsTwoNamingItAndSayingToUseSpeakSsmlFile()
    {
        var path = Path.Combine(_folder, "scene.ssml");
        File.WriteAllText(path, "<speak><p>Who is there?<break time=\"1s\"/></p><voice name=\"slt\">Only me.</voice></speak>\n");

        var run = await CliRun.RunAsync("narrate", path, "--voice", Fixtures.TinyVoice, "--out", Out);
        var plan = await CliRun.RunAsync("plan", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{path}' is not a manuscript: it looks like an SSML document", run.Error, StringComparison.Ordinal);
        Assert.Contains("narrator speak --ssml-file", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
        Assert.Equal(2, plan.ExitCode);
        Assert.Contains("an SSML document", plan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrate_BookInAnotherLanguage_ExitsTwoBeforeWritingAnything()
    {
        var path = Path.Combine(_folder, "phare.md");
        await File.WriteAllTextAsync(path, "---\ntitle: Le Phare\nlanguage: fr\n---\n\n# Un\n\nLe gardien monta les marches au crépuscule et alluma la lampe.\n");

        var run = await CliRun.RunAsync("narrate", path, "--voice", Fixtures.TinyVoice, "--out", Out);
        var plan = await CliRun.RunAsync("plan", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is in language 'fr' (from its declared language), but the voice speaks 'en'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
        Assert.Equal(0, plan.ExitCode);
        Assert.Contains("narrate refuses it without --any-language", plan.Error + plan.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrate_ChaptersOutOfRange_ExitsTwo()
    {
        var run = await CliRun.RunAsync("narrate", Path.Combine(Fixtures.Samples, "the-lighthouse.md"), "--voice", Fixtures.TinyVoice, "--out", Out, "--chapters", "4-9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("1-3", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
