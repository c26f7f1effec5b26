namespace Narrator.Core.Processes;

/// <summary>
/// One run of an external program (ffmpeg, pocketsphinx, python): its arguments (a list, no shell
/// quoting), what feeds its standard input and what reads its standard output as a stream, and how
/// long it may take.
/// </summary>
public sealed class ChildRun
{
    /// <summary>The program: a name looked up on the PATH, or a path.</summary>
    public required string Executable { get; init; }

    /// <summary>Its arguments, each passed as one argument (no shell quoting). [default: none]</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Names the work in errors ("Encoding chapter 3", "reference.flac").</summary>
    public required string What { get; init; }

    /// <summary>What to do when the program is missing or cannot run (e.g. the Debian package to install).</summary>
    public string InstallHint { get; init; } = string.Empty;

    /// <summary>The folder the program starts in. [default: Narrator's current folder]</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Environment variables to set (a null value removes one) on top of Narrator's own.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>The longest the program may run before it is killed. [default: no limit]</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Writes the program's standard input on a worker thread; null leaves it closed.</summary>
    public Action<Stream, CancellationToken>? WriteInput { get; init; }

    /// <summary>Reads the program's standard output as it comes; null collects it as text.</summary>
    public Action<Stream, CancellationToken>? ReadOutput { get; init; }
}
