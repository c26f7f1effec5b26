using System.Diagnostics;
using Narrator.Audio;

namespace Narrator.Cli.Tests;

/// <summary>The built executable in its own process: real exit codes, real pipes.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class EndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator e2e-").FullName;

    [Fact]
    public async Task Speak_TextOnStdin_WritesSpeechWavInTheWorkingFolder()
    {
        var run = await RunAsync("Piped text is spoken too.", "speak", "--voice", Fixtures.TinyVoice);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("speech.wav", run.Out, StringComparison.Ordinal);
        Assert.True(WavFile.Read(Path.Combine(_folder, "speech.wav")).Samples.Length > 0);
    }

    [Fact]
    public async Task Normalize_Stdin_OneLineOutPerLineIn()
    {
        var run = await RunAsync("Chapter 3\nIt cost $5.\n", "text", "normalize");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Chapter three", "It cost five dollars."], run.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task UnknownOption_ExitsTwo()
    {
        var run = await RunAsync(null, "speak", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<CliRun> RunAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "narrator.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await error);
    }
}
