namespace Narrator.Core.Processes;

/// <summary>
/// Makes a child process die with Narrator. .NET cannot set Linux's parent-death signal, and an
/// ffmpeg reading files (resampling, assembling the M4B) never notices that its parent was killed
/// with -9: it keeps writing. So on Unix the child is started through <c>/bin/sh</c>, which starts a
/// watchdog and then replaces itself with the child (same process id, same standard streams, same
/// exit code). The watchdog checks once a second that Narrator is alive and sends the child SIGTERM
/// when it is not; it ends by itself within a second of the child ending.
/// </summary>
public static class ParentWatch
{
    private const string ShellPath = "/bin/sh";

    // $0 is the program, "$@" its arguments; $PPID is Narrator, $$ the shell that becomes the program.
    private const string Script =
        "parent=$PPID; child=$$; "
        + "( while kill -0 \"$parent\" 2>/dev/null && kill -0 \"$child\" 2>/dev/null; do sleep 1; done; "
        + "kill -0 \"$parent\" 2>/dev/null || kill -TERM \"$child\" 2>/dev/null ) </dev/null >/dev/null 2>&1 & "
        + "exec \"$0\" \"$@\"";

    /// <summary>The shell's exit codes when <c>exec</c> finds the program but cannot run it, or does not find it.</summary>
    public const int NotExecutable = 126;
    /// <summary>The shell's exit code when <c>exec</c> does not find the program.</summary>
    public const int NotFound = 127;

    /// <summary>Whether children can be watched: on Unix, where <c>/bin/sh</c> exists; elsewhere programs are started directly.</summary>
    public static bool Supported => !OperatingSystem.IsWindows() && File.Exists(ShellPath);

    /// <summary>The program to start for <paramref name="executable"/>: the shell when watching is supported, else <paramref name="executable"/> itself.</summary>
    public static string Shell(string executable) => Supported ? ShellPath : executable;

    /// <summary>The arguments to start <see cref="Shell"/> with so that it runs <paramref name="executable"/> with <paramref name="arguments"/> under the watchdog (<paramref name="arguments"/> unchanged when unsupported).</summary>
    public static IEnumerable<string> Arguments(string executable, IEnumerable<string> arguments) =>
        Supported ? ["-c", Script, executable, .. arguments] : arguments;
}
