using System.Globalization;
using System.Text.RegularExpressions;

namespace Narrator.Core.IO;

/// <summary>
/// A file being written under a hidden temporary name beside its final path
/// (<c>.name.partial-PID.ext</c>: same folder, so the rename cannot cross file systems; same extension,
/// so tools such as ffmpeg infer the format). <see cref="Commit"/> renames it over the final path, so a
/// reader sees the old file or the new one, never half of one; disposing an uncommitted file deletes it.
/// A temporary left by a killed process is recognised by <see cref="OwnerOf"/>.
/// </summary>
public sealed partial class PendingFile : IDisposable
{
    private bool _committed;

    private PendingFile(string finalPath, string temporaryPath)
    {
        FinalPath = finalPath;
        TemporaryPath = temporaryPath;
    }

    /// <summary>The path the file will have once committed.</summary>
    public string FinalPath { get; }

    /// <summary>The hidden temporary path being written (<c>.name.partial-PID.ext</c> in the same folder).</summary>
    public string TemporaryPath { get; }

    /// <summary>Reserves the temporary file now (creating the folder), so an unwritable place fails before any work.</summary>
    /// <exception cref="NarratorException">The folder cannot be made or written; the message names the path.</exception>
    public static PendingFile Create(string finalPath, UnixFileMode? mode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(finalPath);
        var fullPath = Path.GetFullPath(finalPath);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (mode is { } unixMode && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = unixMode;
        }

        Guard(fullPath, () => Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!));
        for (var attempt = 1; ; attempt++)
        {
            var temporary = TemporaryPathFor(fullPath, Environment.ProcessId, attempt);
            try
            {
                new FileStream(temporary, options).Dispose();
                return new PendingFile(fullPath, temporary);
            }
            catch (IOException) when (File.Exists(temporary) && attempt < 1000)
            {
                // Another writer of the same file in this process, or a stale temporary of a dead process with our id.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw CannotWrite(fullPath, e);
            }
        }
    }

    /// <summary>The temporary name a process writes <paramref name="fullPath"/> under (its <paramref name="attempt"/>th at once).</summary>
    private static string TemporaryPathFor(string fullPath, int processId, int attempt = 1) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, string.Create(CultureInfo.InvariantCulture,
            $".{Path.GetFileNameWithoutExtension(fullPath)}.partial-{processId}{(attempt > 1 ? $"-{attempt}" : "")}{Path.GetExtension(fullPath)}"));

    /// <summary>The process id in a pending file's temporary name, or null when the name is not one.</summary>
    public static int? OwnerOf(string fileName)
    {
        var match = TemporaryName().Match(fileName);
        return match.Success && int.TryParse(match.Groups["pid"].ValueSpan, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    /// <summary>Renames the temporary over the final path.</summary>
    /// <param name="overwrite">False: an existing final file wins and this one is discarded (returns false).</param>
    public bool Commit(bool overwrite = true)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        try
        {
            Guard(FinalPath, () => File.Move(TemporaryPath, FinalPath, overwrite));
        }
        catch (NarratorException) when (!overwrite && File.Exists(FinalPath))
        {
            return false;
        }

        _committed = true;
        return true;
    }

    /// <summary>Deletes the temporary file unless it was committed; the final path is left as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            _committed = true;
            File.Delete(TemporaryPath);
        }
    }

    private static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(path, e);
        }
    }

    private static NarratorException CannotWrite(string path, Exception e) =>
        new($"Cannot write {path}: {e.Message} Check that the folder exists, is writable and has free space.", ErrorKind.BadInput, e);

    [GeneratedRegex(@"^\..+\.partial-(?<pid>[0-9]{1,9})(-[0-9]{1,4})?(\.[A-Za-z0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
