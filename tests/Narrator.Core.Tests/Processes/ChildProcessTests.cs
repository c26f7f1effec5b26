using System.Text;
using Narrator.Core.Processes;

namespace Narrator.Core.Tests.Processes;

public sealed class ChildProcessTests
{
    [Fact]
    public async Task RunAsync_InputAndOutputStreams_PassThroughTheProgram()
    {
        var read = new MemoryStream();
        var result = await ChildProcess.RunAsync(new ChildRun
        {
            Executable = "/bin/cat",
            What = "Copying",
            WriteInput = (stream, _) => stream.Write(Encoding.UTF8.GetBytes("hello through a pipe")),
            ReadOutput = (stream, _) => stream.CopyTo(read),
        });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("hello through a pipe", Encoding.UTF8.GetString(read.ToArray()));
    }

    [Fact]
    public async Task RunAsync_FailingProgram_ReturnsItsExitCodeAndStderrTail()
    {
        var result = await ChildProcess.RunAsync(new ChildRun { Executable = "/bin/sh", Arguments = ["-c", "echo first >&2; echo last words >&2; exit 3"], What = "Failing" });

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("first | last words", result.ErrorTail());
    }

    [Fact]
    public async Task RunAsync_ProgramPastItsTimeout_IsStoppedWithAClearError()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<NarratorException>(() => ChildProcess.RunAsync(new ChildRun { Executable = "/bin/sleep", Arguments = ["30"], What = "Waiting", Timeout = TimeSpan.FromMilliseconds(300) }));

        Assert.Contains("Waiting: sleep did not finish within 0 s", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_MissingProgram_NamesItAndTheInstallHint()
    {
        var error = await Assert.ThrowsAsync<NarratorException>(() => ChildProcess.RunAsync(new ChildRun { Executable = "/nonexistent/tool", What = "Decoding x.flac", InstallHint = "Install the Debian package 'tool'." }));

        Assert.Contains("Decoding x.flac: cannot start /nonexistent/tool", error.Message, StringComparison.Ordinal);
        Assert.Contains("Install the Debian package 'tool'.", error.Message, StringComparison.Ordinal);
    }
}
