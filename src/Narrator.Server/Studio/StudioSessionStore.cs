using System.Text.Json;
using Narrator.Core.IO;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// The studio folder: one folder per session holding <c>session.json</c>, <c>consent.wav</c>, <c>takes/</c>
/// (one <c>&lt;prompt-id&gt;.wav</c> per prompt, the layout <c>voice enroll --recordings</c> reads) and
/// <c>qa/</c> (each take's QA report, kept apart so that the takes folder holds takes only) and
/// <c>enrollment.json</c> (the enrollment's state, <see cref="EnrollmentState"/>).
/// </summary>
internal sealed class StudioSessionStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly Dictionary<string, ScriptPrompt> Prompts = RecordingScript.Available.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public string FolderOf(string id) => Path.Combine(folder, id);

    public string TakesOf(string id) => Path.Combine(FolderOf(id), "takes");

    public string ConsentOf(string id) => Path.Combine(FolderOf(id), "consent.wav");

    /// <summary>A new file for an upload to wait in while it is checked: outside <c>takes/</c>, one per upload.</summary>
    public string IncomingOf(string id) => Path.Combine(FolderOf(id), $"incoming-{RandomId.New()}.wav");

    public string TakeOf(string id, ScriptPrompt prompt) => Path.Combine(TakesOf(id), prompt.Id + ".wav");

    public string EnrollmentOf(string id) => Path.Combine(FolderOf(id), "enrollment.json");

    public string QaOf(string id, ScriptPrompt prompt) => Path.Combine(FolderOf(id), "qa", prompt.Id + ".json");

    /// <summary>The script prompt with this id, or null: only a prompt of the script names a take's file.</summary>
    public static ScriptPrompt? Prompt(string id) => Prompts.GetValueOrDefault(id);

    /// <summary>The session, or null when there is none with that id.</summary>
    public StudioSession? Get(string id)
    {
        var file = Path.Combine(FolderOf(id), "session.json");
        return RandomId.IsValid(id) && File.Exists(file) ? JsonSerializer.Deserialize<StudioSession>(File.ReadAllText(file), Json) : null;
    }

    public void Save(StudioSession session) => Write(Path.Combine(FolderOf(session.Id), "session.json"), session);

    /// <summary>The session's enrollment as last recorded, or null when none was started.</summary>
    public EnrollmentState? Enrollment(string id)
    {
        var file = EnrollmentOf(id);
        return File.Exists(file) ? JsonSerializer.Deserialize<EnrollmentState>(File.ReadAllText(file), Json) : null;
    }

    public void SaveEnrollment(string id, EnrollmentState state) => Write(EnrollmentOf(id), state);

    public void SaveQa(string id, ScriptPrompt prompt, QaReport report) => Write(QaOf(id, prompt), report);

    /// <summary>The QA report of each take recorded so far, by prompt id.</summary>
    public Dictionary<string, QaReport> Qa(string id)
    {
        var qa = Path.Combine(FolderOf(id), "qa");
        return !Directory.Exists(qa) ? []
            : Directory.EnumerateFiles(qa, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => JsonSerializer.Deserialize<QaReport>(File.ReadAllText(f), Json)!, StringComparer.Ordinal);
    }

    private static void Write<T>(string path, T value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var pending = PendingFile.Create(path);
        File.WriteAllText(pending.TemporaryPath, JsonSerializer.Serialize(value, Json));
        pending.Commit();
    }
}
