namespace Narrator.Core.Processes;

/// <summary>Finds a program before running it, so a caller can say "not installed" instead of failing part-way.</summary>
public static class ExecutableSearch
{
    /// <summary>
    /// The program's full path: <paramref name="executable"/> itself when it names a folder (and the file
    /// exists), else the first match on <c>PATH</c>; null when there is none.
    /// </summary>
    public static string? Find(string executable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        if (Path.GetDirectoryName(executable) is { Length: > 0 })
        {
            return File.Exists(executable) ? Path.GetFullPath(executable) : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, executable))
            .FirstOrDefault(File.Exists);
    }
}
