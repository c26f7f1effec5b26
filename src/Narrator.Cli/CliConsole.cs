namespace Narrator.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool InputRedirected)
{
    /// <summary>
    /// The column at which help text wraps; null leaves it to System.CommandLine (the console window's width).
    /// Tests fix it so that help output does not depend on the terminal they run in.
    /// </summary>
    public int? HelpWidth { get; init; }

    /// <summary>A person watches the terminal: progress bars instead of progress lines.</summary>
    public bool Interactive { get; init; }
}
