using System.Text.Json;
using Narrator.Core.IO;

namespace Narrator.Server;

/// <summary>
/// The jobs folder: one folder per job holding <c>job.json</c>, the manuscript, and <c>out/</c>, the render
/// folder (chapter files, the M4B, the render's own state that lets it resume).
/// </summary>
internal sealed class BookJobStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Folder { get; } = folder;

    public string FolderOf(string id) => Path.Combine(Folder, id);

    public string OutputOf(string id) => Path.Combine(FolderOf(id), "out");

    public string ManuscriptOf(BookJob job) => Path.Combine(FolderOf(job.Id), job.Manuscript);

    public static string NewId() => RandomId.New();

    /// <summary>The job, or null when there is none with that id (ids are hex, so none can name a path).</summary>
    public BookJob? Get(string id)
    {
        if (!RandomId.IsValid(id))
        {
            return null;
        }

        var file = Path.Combine(FolderOf(id), "job.json");
        return File.Exists(file) ? JsonSerializer.Deserialize<BookJob>(File.ReadAllText(file), Json) : null;
    }

    public IReadOnlyList<BookJob> All() => !Directory.Exists(Folder) ? []
        : [.. Directory.EnumerateDirectories(Folder).Select(d => Get(Path.GetFileName(d))).OfType<BookJob>().OrderBy(j => j.Submitted)];

    public void Save(BookJob job)
    {
        using var pending = PendingFile.Create(Path.Combine(FolderOf(job.Id), "job.json"));
        File.WriteAllText(pending.TemporaryPath, JsonSerializer.Serialize(job, Json));
        pending.Commit();
    }
}
