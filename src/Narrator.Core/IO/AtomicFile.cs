using System.Text;

namespace Narrator.Core.IO;

/// <summary>Whole files written through a <see cref="PendingFile"/>: a reader sees the old file or the new one, never half of one.</summary>
public static class AtomicFile
{
    /// <exception cref="NarratorException">The file cannot be written; the message names it.</exception>
    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        WriteAllBytes(path, Encoding.UTF8.GetBytes(contents));
    }

    /// <exception cref="NarratorException">The file cannot be written; the message names it.</exception>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> contents) => Write(path, contents, overwrite: true, mode: null);

    /// <summary>
    /// Writes <paramref name="contents"/> only if no file exists at <paramref name="path"/> (readable and
    /// writable by the owner alone on Unix); when another process got there first, its file wins.
    /// </summary>
    /// <returns>Whether this call's contents were written.</returns>
    public static bool WriteOwnerOnlyOnce(string path, ReadOnlySpan<byte> contents) =>
        Write(path, contents, overwrite: false, mode: UnixFileMode.UserRead | UnixFileMode.UserWrite);

    private static bool Write(string path, ReadOnlySpan<byte> contents, bool overwrite, UnixFileMode? mode)
    {
        using var pending = PendingFile.Create(path, mode);
        try
        {
            using (var stream = new FileStream(pending.TemporaryPath, FileMode.Truncate, FileAccess.Write))
            {
                stream.Write(contents);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NarratorException($"Cannot write {pending.FinalPath}: {e.Message} Check that the disk has free space.", ErrorKind.BadInput, e);
        }

        return pending.Commit(overwrite);
    }
}
