namespace Narrator.Voices;

/// <summary>The user's store of enrolled voices: one folder per voice id, each with <c>voice.json</c>.</summary>
public sealed class VoiceStore
{
    /// <summary>The environment variable naming the store's folder.</summary>
    public const string EnvironmentVariable = "NARRATOR_VOICES";

    /// <summary>Consent record ids that may no longer speak, one per line, in the store's folder.</summary>
    public const string RevocationsFileName = "revocations.txt";

    private VoiceStore(string folder) => Folder = folder;

    /// <summary>The store's folder, full path.</summary>
    public string Folder { get; }

    /// <summary>
    /// <paramref name="option"/> (<c>--voices</c>), else <c>$NARRATOR_VOICES</c>, else
    /// <c>$XDG_DATA_HOME/narrator/voices</c>, else <c>~/.local/share/narrator/voices</c>.
    /// </summary>
    public static string Locate(string? option, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        if (environment(EnvironmentVariable) is { Length: > 0 } variable)
        {
            return Path.GetFullPath(variable);
        }

        return Path.GetFullPath(Path.Combine(Core.IO.UserFolders.Data(environment), "voices"));
    }

    /// <summary>
    /// The store at <paramref name="folder"/>; it is created on the first write. A store that anyone
    /// may write to is refused: another user could put voices in it or remove revocations.
    /// </summary>
    public static VoiceStore At(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!OperatingSystem.IsWindows() && Directory.Exists(full) && (File.GetUnixFileMode(full) & UnixFileMode.OtherWrite) != 0)
        {
            throw new VoiceException($"{full}: the voice store is writable by every user, so its voices and consent records cannot be trusted; run 'chmod o-w {full}'.", Core.ErrorKind.Refused);
        }

        return new(full);
    }

    /// <summary>The folder of voice <paramref name="id"/> (whether or not it exists).</summary>
    public string PathOf(string id) => Path.Combine(Folder, id);

    /// <summary>Whether the store holds voice <paramref name="id"/>.</summary>
    public bool Contains(string id) => VoiceSlug.IsValid(id) && File.Exists(Path.Combine(PathOf(id), VoiceRecord.FileName));

    /// <summary>Every voice in the store, by id.</summary>
    public IReadOnlyList<VoiceRecord> List() => !Directory.Exists(Folder)
        ? []
        : Directory.EnumerateDirectories(Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(Contains)
            .Order(StringComparer.Ordinal)
            .Select(Get)
            .ToList();

    /// <summary>The record of voice <paramref name="id"/>.</summary>
    /// <exception cref="VoiceException">No such voice in the store (the message lists how to see which exist).</exception>
    public VoiceRecord Get(string id) => Contains(id)
        ? VoiceRecord.FromFile(Path.Combine(PathOf(id), VoiceRecord.FileName))
        : throw new VoiceException($"No enrolled voice '{id}' in {Folder}. Enrolled: {Enrolled()}.");

    /// <summary>A fresh id for <paramref name="name"/>: its slug, or slug-2, slug-3… when taken.</summary>
    public string NewId(string name) => VoiceSlug.Unique(name, id => Directory.Exists(PathOf(id)));

    /// <summary>
    /// Writes a voice atomically: <paramref name="build"/> fills a temporary folder beside the
    /// voice, which is then renamed to the voice's folder; a failure leaves nothing behind. A
    /// temporary folder that a crash left behind (its writer gone, nothing in it written for
    /// <see cref="AbandonedAfter"/>) is removed first.
    /// </summary>
    public string Commit(string id, Action<string> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        Directory.CreateDirectory(Folder);
        RemoveAbandoned();
        var temporary = Path.Combine(Folder, $".{id}{PartialMarker}{Guid.NewGuid():N}");
        Directory.CreateDirectory(temporary);

        // Held until the voice is in place, so that another process's cleanup knows this writer is alive.
        var writer = new FileStream(temporary + LockExtension, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        try
        {
            build(temporary);
            Directory.Move(temporary, PathOf(id));
            return PathOf(id);
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
        finally
        {
            writer.Dispose();
            File.Delete(temporary + LockExtension);
        }
    }

    /// <summary>How long a voice's temporary folder, its writer gone, must have gone unwritten before a new write removes it. [10 minutes]</summary>
    public static TimeSpan AbandonedAfter { get; } = TimeSpan.FromMinutes(10);

    private const string PartialMarker = ".partial-";
    private const string LockExtension = ".lock";

    // The temporary folders of writes that never reached their rename (a crash, a kill): those whose writer holds no
    // lock any more and in which nothing was written for a while. A live writer, here or in another process, holds its lock.
    private void RemoveAbandoned()
    {
        foreach (var folder in Directory.EnumerateDirectories(Folder, "." + "*" + PartialMarker + "*"))
        {
            if (!Abandoned(folder))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new VoiceException($"{folder}: a voice's unfinished write left this folder behind and it cannot be removed ({e.Message}); delete it by hand.", e);
            }

            File.Delete(folder + LockExtension);
        }
    }

    private static bool Abandoned(string folder)
    {
        var newest = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .Select(entry => entry.LastWriteTimeUtc)
            .Append(Directory.GetLastWriteTimeUtc(folder))
            .Max();
        if (DateTime.UtcNow - newest < AbandonedAfter)
        {
            return false;
        }

        try
        {
            // A writer at work holds it; a crashed one left it free (or, from before these locks, left none).
            using var free = new FileStream(folder + LockExtension, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Deletes voice <paramref name="id"/> and everything in its folder.</summary>
    /// <exception cref="VoiceException">No such voice.</exception>
    public void Remove(string id)
    {
        if (!Contains(id))
        {
            throw new VoiceException($"No enrolled voice '{id}' in {Folder}. Enrolled: {Enrolled()}.");
        }

        // Rename first, so a half-deleted voice never looks enrolled.
        var doomed = Path.Combine(Folder, $".{id}.removed-{Guid.NewGuid():N}");
        Directory.Move(PathOf(id), doomed);
        Directory.Delete(doomed, recursive: true);
    }

    /// <summary>Replaces an enrolled voice's record with <paramref name="record"/>, signed, in one atomic write.</summary>
    public void Save(VoiceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!Contains(record.Id))
        {
            throw new VoiceException($"No enrolled voice '{record.Id}' in {Folder}. Enrolled: {Enrolled()}.");
        }

        Core.IO.AtomicFile.WriteAllText(Path.Combine(PathOf(record.Id), VoiceRecord.FileName), Sign(record).ToJson());
    }

    /// <summary>Signs a record with this store's key (made on first use).</summary>
    public VoiceRecord Sign(VoiceRecord record) => record with { Signature = StoreKey.OpenOrCreate(Folder).Sign(record) };

    /// <summary>The consent record ids revoked in this store.</summary>
    public IReadOnlySet<string> Revoked()
    {
        var path = Path.Combine(Folder, RevocationsFileName);
        return File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>Adds a consent record id to the revocation list; every voice with that consent, here or imported later, stops speaking.</summary>
    public void Revoke(string consentRecordId)
    {
        if (consentRecordId.Length == 0 || !consentRecordId.All(char.IsAsciiLetterOrDigit))
        {
            throw new VoiceException($"'{consentRecordId}' is not a consent record id (letters and digits, as 'voice show' prints it).");
        }

        if (Revoked().Contains(consentRecordId))
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        File.AppendAllLines(Path.Combine(Folder, RevocationsFileName), [consentRecordId]);
    }

    private string Enrolled()
    {
        var ids = List().Select(v => v.Id).ToList();
        return ids.Count == 0 ? "none" : string.Join(", ", ids);
    }
}
