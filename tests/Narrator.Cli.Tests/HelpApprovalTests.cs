using System.CommandLine;
using Narrator.Testing;

namespace Narrator.Cli.Tests;

/// <summary>The help of each command, as a user sees it at a fixed console width, approved as text.</summary>
public sealed class HelpApprovalTests
{
    [Theory]
    [InlineData("narrator")]
    [InlineData("speak")]
    [InlineData("text")]
    [InlineData("text", "normalize")]
    [InlineData("text", "phonemes")]
    [InlineData("text", "ids")]
    [InlineData("embed")]
    [InlineData("evaluate", "encoder")]
    [InlineData("plan")]
    [InlineData("cast")]
    [InlineData("proof")]
    [InlineData("provenance", "verify")]
    [InlineData("narrate")]
    [InlineData("bench")]
    [InlineData("voice")]
    [InlineData("voice", "enroll")]
    [InlineData("voice", "consent-text")]
    [InlineData("voice", "script")]
    [InlineData("voice", "train")]
    [InlineData("evaluate", "consent")]
    [InlineData("evaluate", "voice")]
    [InlineData("evaluate", "adaptation")]
    [InlineData("evaluate", "text")]
    [InlineData("evaluate", "cast")]
    [InlineData("serve")]
    [InlineData("serve", "keys", "add")]
    [InlineData("queue", "submit")]
    [InlineData("queue", "status")]
    [InlineData("queue", "dashboard")]
    [InlineData("worker")]
    public async Task Help_EachCommand_MatchesApprovedSnapshot(params string[] command)
    {
        var args = command[0] == "narrator" ? command[1..] : command;

        var run = await CliRun.RunAsync([.. args, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        ApprovalFile.Verify($"Help/{string.Join('-', command)}", AsNarrator(run.Out));
    }

    // Under the test runner the root command takes the host's name (testhost); users see 'narrator'.
    private static string AsNarrator(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var usage = Array.IndexOf(lines, "Usage:") + 1;
        var executable = $"  {new RootCommand().Name}";
        Assert.True(usage > 0 && lines[usage].StartsWith(executable, StringComparison.Ordinal), $"No usage line starting with '{executable}' in:\n{help}");
        lines[usage] = string.Concat("  narrator", lines[usage].AsSpan(executable.Length));
        return string.Join('\n', lines);
    }
}
