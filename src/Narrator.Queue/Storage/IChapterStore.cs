namespace Narrator.Queue.Storage;

/// <summary>
/// Where a book's finished files land, under their final names relative to the book's folder. Today a shared folder
/// (NFS or any file system every worker mounts at the same path: <see cref="SharedFolder"/>); an S3-compatible bucket is
/// the planned next store (docs/catalogues.md): a multipart upload to the final key is atomic in the same sense,
/// since readers see the old object or the new one whole.
/// </summary>
public interface IChapterStore
{
    /// <summary>
    /// Puts <paramref name="localFile"/> under <paramref name="relativePath"/>, replacing what was there, atomically:
    /// a reader sees the old file or the new one whole, never a part; the local file is gone afterwards.
    /// </summary>
    Task PublishAsync(string localFile, string relativePath, CancellationToken cancellationToken);

    /// <summary>Whether a file is there under <paramref name="relativePath"/>.</summary>
    bool Exists(string relativePath);
}
