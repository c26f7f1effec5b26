namespace Narrator.Cli.Tests;

/// <summary><c>narrator serve</c>'s settings checked before it listens: bad ones exit 2 naming each problem.</summary>
public sealed class ServeOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator serve options-").FullName;

    [Fact]
    public async Task Serve_AdaptationStepsAndBudgetOutOfRange_ExitTwoNamingBoth()
    {
        var run = await CliRun.RunAsync(
            "serve", "--adapt-steps", "0", "--adapt-max-minutes", "-5", "--keys", Path.Combine(_folder, "keys.json"),
            "--voices", Path.Combine(_folder, "voices"), "--studio", Path.Combine(_folder, "studio"), "--books", Path.Combine(_folder, "books"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("an adaptation needs at least 1 step, not 0", run.Error, StringComparison.Ordinal);
        Assert.Contains("an adaptation's budget must be above 0 and at most 1440 minutes, not -5", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
