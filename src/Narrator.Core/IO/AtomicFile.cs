namespace Narrator.Core.IO;

/// <summary>
/// Writes a whole file under a temporary name beside it (<c>name.partial</c>, same folder, so the rename
/// cannot cross file systems) and renames it over the old one: a reader sees the old file or the new
/// one, never half of one. A temporary left by a killed process ends in <see cref="TemporarySuffix"/>.
/// </summary>
public static class AtomicFile
{
    public const string TemporarySuffix = ".partial";

    public static void WriteAllText(string path, string contents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(contents);
        var temporary = path + TemporarySuffix;
        try
        {
            File.WriteAllText(temporary, contents);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw;
        }
    }
}
