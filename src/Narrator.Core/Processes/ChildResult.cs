namespace Narrator.Core.Processes;

/// <summary>How a program run ended: its exit code, its standard output (unless read as a stream) and its standard error.</summary>
public sealed record ChildResult(int ExitCode, string Output, string Errors)
{
    /// <summary>The last lines of standard error, joined, for a one-line message.</summary>
    public string ErrorTail(int lines = 8) =>
        string.Join(" | ", Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines));
}
