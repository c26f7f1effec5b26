using Narrator.Rendering.Planning;

namespace Narrator.Rendering;

/// <summary>
/// The layout of a render folder: <c>render.json</c>, <c>report.json</c>, <c>chapters/NN - Title.flac</c>,
/// <c>mp3/NN - Title.mp3</c>, <c>timings/NN - Title.json</c>, <c>captions/NN - Title.vtt</c>, <c>&lt;Book Title&gt;.m4b</c>,
/// <c>&lt;Book Title&gt; (read-along).epub</c>, and <c>.work/</c> for temporaries.
/// </summary>
internal sealed class RenderFolder : IDisposable
{
    private FileStream? _lock;

    private RenderFolder(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Chapters => Path.Combine(Root, "chapters");

    public string Mp3 => Path.Combine(Root, "mp3");

    public string Work => Path.Combine(Root, ".work");

    /// <summary>Each chapter file's AAC for the M4B, encoded as the chapter finished, so the book is joined without encoding.</summary>
    public string Aac => Path.Combine(Root, ".aac");

    /// <summary>WebVTT captions of each chapter file (<c>captions/NN - Title.vtt</c>).</summary>
    public string Captions => Path.Combine(Root, "captions");

    /// <summary>Each chapter's utterance timings (<c>timings/NN - Title.json</c>).</summary>
    public string Timings => Path.Combine(Root, "timings");

    /// <summary>Creates the folders, proves they are writable and removes temporaries an interrupted run left.</summary>
    public static RenderFolder Prepare(string root)
    {
        var folder = new RenderFolder(Path.GetFullPath(root));
        try
        {
            Directory.CreateDirectory(folder.Root);
            folder._lock = Lock(folder.Root);
            Directory.CreateDirectory(folder.Chapters);
            Directory.CreateDirectory(folder.Mp3);
            Directory.CreateDirectory(folder.Timings);
            if (Directory.Exists(folder.Work))
            {
                Directory.Delete(folder.Work, recursive: true);
            }

            Directory.CreateDirectory(folder.Work);
            var probe = Path.Combine(folder.Work, "write-test");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            foreach (var stale in new[] { folder.Root, folder.Chapters, folder.Mp3, folder.Timings, folder.Captions, folder.Aac }.SelectMany(f => StaleTemporaries.In(f, Environment.ProcessId)).ToList())
            {
                File.Delete(stale);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            folder.Dispose();
            throw new RenderException($"{folder.Root}: the output folder cannot be written ({e.Message}).", inner: e);
        }

        return folder;
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }

    /// <summary>One narrator per folder: the operating system drops the lock when the process ends, however it ends.</summary>
    private static FileStream Lock(string root)
    {
        var path = Path.Combine(root, ".lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new RenderException($"{root}: another narrator is rendering into this folder.", inner: e);
        }
    }

    public string LosslessPath(PlannedChapter chapter) => Path.Combine(Chapters, chapter.FileStem + ".flac");

    public string Mp3Path(PlannedChapter chapter) => Path.Combine(Mp3, chapter.FileStem + ".mp3");

    /// <summary>The AAC of one chapter file as rendered with <paramref name="renderHash"/> (a re-rendered chapter gets a new name).</summary>
    public string AacPath(string losslessPath, string renderHash) =>
        Path.Combine(Aac, $"{Path.GetFileNameWithoutExtension(losslessPath)}.{renderHash[..Math.Min(16, renderHash.Length)]}.aac");

    public string TimingsPath(PlannedChapter chapter) => Path.Combine(Timings, chapter.FileStem + ".json");

    public string AudiobookPath(string title) => Path.Combine(Root, FileNames.Safe(title, "Audiobook") + ".m4b");

    public string ReadAlongPath(string title) => Path.Combine(Root, FileNames.Safe(title, "Audiobook") + " (read-along).epub");

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public string Absolute(string relative) => Path.Combine(Root, relative);

    public void RemoveWork()
    {
        if (Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }
    }
}
