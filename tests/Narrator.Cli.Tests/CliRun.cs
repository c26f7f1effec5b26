namespace Narrator.Cli.Tests;

/// <summary>Runs the CLI in process with captured streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The console width every in-process run wraps its help at.</summary>
    public const int HelpWidth = 100;

    public static async Task<CliRun> RunWithInputAsync(string? stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin ?? string.Empty);
        var code = await CliApp.RunAsync(args, new CliConsole(output, error, input, stdin is not null) { HelpWidth = HelpWidth });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>
    /// Runs inside the consent gate's test-only scope, for voices on the tiny bundle: its random encoder's
    /// similarities mean nothing, so enrollment and clones are checked at a threshold of -1.
    /// </summary>
    public static async Task<CliRun> RunUncalibratedAsync(params string[] args)
    {
        using var uncalibrated = Voices.ConsentTesting.AllowUncalibratedThresholds();
        return await RunAsync(args);
    }

    public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
