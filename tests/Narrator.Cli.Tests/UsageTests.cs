namespace Narrator.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("speak", "--speed")]
    [InlineData("speak", "--device", "tpu", "hi")]
    [InlineData("bench", "--batch", "many")]
    public async Task Run_ParseError_ExitsWithTwoAndSaysWhy(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("narrator: ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("--invisibility-timeout: the invisibility timeout (1 s) must be between 2 s and a day", "worker", "--invisibility-timeout", "1")]
    [InlineData("--invisibility-timeout: the invisibility timeout (90000 s) must be between 2 s and a day", "worker", "--invisibility-timeout", "90000")]
    [InlineData("--port: 70000 is not a port", "queue", "dashboard", "--port", "70000")]
    [InlineData("--wait-for-db: -1 is not a number of seconds from 0 to a day", "worker", "--wait-for-db", "-1")]
    public async Task Run_QueueOptionOutOfRange_ExitsWithTwoNamingTheOptionAndItsRange(string expected, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "")]
    [InlineData("voice", "consent-text", "--name", " ")]
    public async Task Run_ArgumentRejectedByTheLibrary_ExitsWithTwoNotInternalError(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("narrator: invalid argument: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("speak")]
    [InlineData("text", "normalize")]
    [InlineData("text", "phonemes")]
    [InlineData("bench")]
    public async Task Help_EachCommand_DescribesItsOptions(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("--help", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Root_ListsEveryCommand()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "speak", "text", "bench" })
        {
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        }
    }
}
