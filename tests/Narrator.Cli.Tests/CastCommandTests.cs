using System.Text.Json;

namespace Narrator.Cli.Tests;

/// <summary><c>narrator cast</c>: the characters of a manuscript, as a table and as JSON, and its errors.</summary>
[Collection(CliSerial.Name)]
public sealed class CastCommandTests : IDisposable
{
    private const string Tea = """
        # The Tea Party

        “Have some wine,” the March Hare said in an encouraging tone.

        Alice looked all round the table. “I don’t see any wine,” she remarked.

        “There isn’t any,” said the March Hare.

        “Then it wasn’t very civil of you to offer it,” said Alice angrily.

        The table was a large one.

        “Your hair wants cutting.”

        # The Croquet Ground

        “Off with her head!” shouted the Queen.

        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("narrator cast ü-").FullName;

    [Fact]
    public async Task Cast_Json_ListsEachCharactersLinesAndWordsAndTheRest()
    {
        var run = await CliRun.RunAsync("cast", Book("tea.md", Tea), "--json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        using var cast = JsonDocument.Parse(run.Out);
        var characters = cast.RootElement.GetProperty("characters").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["Alice", "the March Hare", "the Queen"], characters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((2, 15), (characters["Alice"].GetProperty("lines").GetInt32(), characters["Alice"].GetProperty("words").GetInt32()));
        Assert.Equal(2, characters["the March Hare"].GetProperty("lines").GetInt32());
        Assert.Equal("“Have some wine,”", characters["the March Hare"].GetProperty("examples")[0].GetString());
        Assert.Equal(1, cast.RootElement.GetProperty("unattributed").GetProperty("lines").GetInt32());
        Assert.Equal(6, cast.RootElement.GetProperty("dialogueLines").GetInt32());
        Assert.True(cast.RootElement.GetProperty("narration").GetProperty("words").GetInt32() > 20);
    }

    [Fact]
    public async Task Cast_Table_NamesCharactersAndCountsAttributedLines()
    {
        var run = await CliRun.RunAsync("cast", Book("tea.md", Tea));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 characters, 5 of 6 lines of dialogue attributed", run.Out, StringComparison.Ordinal);
        Assert.Contains("the March Hare", run.Out, StringComparison.Ordinal);
        Assert.Contains("(unattributed)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cast_Chapters_CountsOnlyThoseChapters()
    {
        var run = await CliRun.RunAsync("cast", Book("tea.md", Tea), "--chapters", "2", "--json");

        Assert.Equal(0, run.ExitCode);
        using var cast = JsonDocument.Parse(run.Out);
        Assert.Equal("the Queen", Assert.Single(cast.RootElement.GetProperty("characters").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Cast_PlainTextWithStraightQuotes_FindsTheSpeakers()
    {
        var run = await CliRun.RunAsync("cast", Book("tea.txt", "\"Have some wine,\" said the March Hare.\n\n'I see none,' said Alice.\n"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var cast = JsonDocument.Parse(run.Out);
        Assert.Equal(["the March Hare", "Alice"], cast.RootElement.GetProperty("characters").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task Cast_Epub_ReadsItLikePlan()
    {
        var run = await CliRun.RunAsync("cast", Path.Combine(AppContext.BaseDirectory, "fixtures", "books", "lighthouse-anchors.epub"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var cast = JsonDocument.Parse(run.Out);
        Assert.True(cast.RootElement.GetProperty("narration").GetProperty("words").GetInt32() > 0);
    }

    [Fact]
    public async Task Cast_MissingBook_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_folder, "missing.epub");

        var run = await CliRun.RunAsync("cast", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{missing}' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cast_ChapterOutsideTheBook_ExitsTwoNamingTheRange()
    {
        var run = await CliRun.RunAsync("cast", Book("tea.md", Tea), "--chapters", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("outside the book's chapters 1-2", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Book(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
