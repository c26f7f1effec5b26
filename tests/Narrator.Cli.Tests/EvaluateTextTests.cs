using System.Text.Json;

namespace Narrator.Cli.Tests;

/// <summary>narrator evaluate text on small lists of its own.</summary>
public sealed class EvaluateTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator eval text-").FullName;

    [Fact]
    [Trait("Tier", "integration")]
    public async Task EvaluateText_ListWithOneMiss_PrintsAccuracyPerCategoryAndTheMiss()
    {
        var list = List("""
            # two numbers and a heteronym
            cardinal | She kept 3 cats. | she kept three cats
            cardinal | She kept 4 cats. | she kept five cats
            heteronym | Remember to wind the clock. | wind => W AY1 N D
            """);

        var run = await CliRun.RunAsync("evaluate", "text", "--list", list, "--failures", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var categories = report.RootElement.GetProperty("categories").EnumerateArray()
            .Select(c => (c.GetProperty("category").GetString(), c.GetProperty("items").GetInt32(), c.GetProperty("accuracy").GetDouble())).ToList();
        Assert.Equal([("cardinal", 2, 0.5), ("heteronym", 1, 1.0)], categories);
        Assert.Equal(2.0 / 3, report.RootElement.GetProperty("overall").GetProperty("accuracy").GetDouble(), 6);
        var miss = Assert.Single(report.RootElement.GetProperty("misses").EnumerateArray().ToList());
        Assert.Equal(3, miss.GetProperty("line").GetInt32());
        Assert.Equal("she kept four cats", miss.GetProperty("got").GetString());
    }

    [Fact]
    [Trait("Tier", "integration")]
    public async Task EvaluateText_Table_ShowsEachCategoryAndOverall()
    {
        var list = List("year | It began in 1848. | it began in eighteen forty-eight\n");

        var run = await CliRun.RunAsync("evaluate", "text", "--list", list);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(run.OutLines, l => l.StartsWith("year", StringComparison.Ordinal) && l.EndsWith("100.0%", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("overall", StringComparison.Ordinal) && l.EndsWith("100.0%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateText_BadLine_ExitsTwoNamingFileAndLine()
    {
        var list = List("year | It began in 1848. | it began in eighteen forty-eight\nheteronym | The wind blew. | wind => W IH1 N DD\n");

        var run = await CliRun.RunAsync("evaluate", "text", "--list", list);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{list}:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("'DD' is not an ARPAbet phone", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateText_MissingList_ExitsTwo()
    {
        var run = await CliRun.RunAsync("evaluate", "text", "--list", Path.Combine(_folder, "nowhere.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such test list file", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string List(string text)
    {
        var path = Path.Combine(_folder, "lïst one.txt");
        File.WriteAllText(path, text);
        return path;
    }
}
