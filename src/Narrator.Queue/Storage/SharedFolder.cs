namespace Narrator.Queue.Storage;

/// <summary>
/// A book's folder on storage every worker mounts at the same path. Files land by rename within one file system, which
/// is atomic (POSIX <c>rename</c>; NFS performs it on the server), so a chapter delivered twice leaves one whole file.
/// </summary>
public sealed class SharedFolder : IChapterStore
{
    private SharedFolder(string root)
    {
        Root = root;
    }

    /// <summary>The folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>The book folder <paramref name="root"/> (created when missing, inside an existing shared folder).</summary>
    public static SharedFolder At(string root) => new(Path.GetFullPath(root));

    /// <summary>Checks that <paramref name="folder"/> exists and can be written (a file is made and removed), else an error naming it and the fix.</summary>
    /// <exception cref="QueueException">It is missing or read-only.</exception>
    public static void CheckWritable(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new QueueException($"{full}: the shared folder does not exist here. Create it, or mount it at this path on every machine (submitter and workers).");
        }

        var probe = Path.Combine(full, $".narrator-write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new QueueException($"{full}: the shared folder cannot be written ({e.Message}). Every worker writes the chapters there: mount it read-write.", inner: e);
        }
    }

    /// <inheritdoc />
    public Task PublishAsync(string localFile, string relativePath, CancellationToken cancellationToken)
    {
        var target = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(localFile, target, overwrite: true);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public bool Exists(string relativePath) => File.Exists(Path.Combine(Root, relativePath));
}
