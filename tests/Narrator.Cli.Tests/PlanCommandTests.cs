using System.Text.Json;

namespace Narrator.Cli.Tests;

/// <summary><c>narrator plan</c> on nested tables of contents and passages in another language (no voice, no external tools).</summary>
[Collection(CliSerial.Name)]
public sealed class PlanCommandTests : IDisposable
{
    private static readonly string Nested = Path.Combine(AppContext.BaseDirectory, "fixtures", "books", "lighthouse-anchors.epub");

    private readonly string _folder = Directory.CreateTempSubdirectory("narrator plan ü-").FullName;

    [Fact]
    public async Task Plan_ChapterLevel_ChoosesWhichTocEntriesAreChapters()
    {
        var automatic = await CliRun.RunAsync("plan", Nested, "--json");
        var top = await CliRun.RunAsync("plan", Nested, "--json", "--chapter-level", "1");

        Assert.Equal((0, 0), (automatic.ExitCode, top.ExitCode));
        Assert.Equal(["Part One", "The Keeper", "The Storm", "The Morning"], Titles(automatic.Out));
        Assert.Equal(["Part One"], Titles(top.Out));
    }

    [Fact]
    public async Task Plan_ChapterLevelZero_ExitsTwoNamingTheRange()
    {
        var run = await CliRun.RunAsync("plan", Nested, "--chapter-level", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("chapter level (0) must be between 1 and 9", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_HebrewParagraphInAnEnglishBook_WarnsItIsLeftOut()
    {
        var path = Path.Combine(_folder, "keeper.md");
        await File.WriteAllTextAsync(path, "# One\n\nThe keeper climbed the stairs at dusk and lit the great lamp for the ships.\n\nשומר המגדלור עלה במדרגות.\n\nThe night was calm.\n");

        var run = await CliRun.RunAsync("plan", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: Chapter 1 'One' (keeper.md line 5): a passage in 'he'", run.Error, StringComparison.Ordinal);
        Assert.Contains("is left out: the voice speaks 'en'", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<string?> Titles(string json)
    {
        using var plan = JsonDocument.Parse(json);
        return [.. plan.RootElement.GetProperty("chapters").EnumerateArray().Select(c => c.GetProperty("title").GetString())];
    }
}
