namespace Narrator.Rendering.Encoding;

/// <summary>
/// A temporary file beside a final path (same folder, hidden, same extension so tools infer the
/// format) that replaces the final path only on <see cref="Commit"/>; otherwise it is deleted.
/// </summary>
internal sealed class AtomicOutput : IDisposable
{
    private bool _committed;

    private AtomicOutput(string finalPath, string temporaryPath)
    {
        FinalPath = finalPath;
        TemporaryPath = temporaryPath;
    }

    public string FinalPath { get; }

    public string TemporaryPath { get; }

    /// <summary>Reserves the temporary file now, so an unwritable folder fails before any work.</summary>
    public static AtomicOutput Create(string finalPath)
    {
        var fullPath = Path.GetFullPath(finalPath);
        var folder = Path.GetDirectoryName(fullPath)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(fullPath)}.partial-{Environment.ProcessId}{Path.GetExtension(fullPath)}");
        try
        {
            Directory.CreateDirectory(folder);
            File.Create(temporary).Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RenderException($"Cannot write {fullPath}: {e.Message} Check that the folder exists, is writable and has free space.", inner: e);
        }

        return new AtomicOutput(fullPath, temporary);
    }

    public void Commit()
    {
        try
        {
            File.Move(TemporaryPath, FinalPath, overwrite: true);
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RenderException($"Cannot write {FinalPath}: {e.Message}", inner: e);
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            File.Delete(TemporaryPath);
        }
    }
}
