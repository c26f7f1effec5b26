namespace Narrator.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool InputRedirected);
