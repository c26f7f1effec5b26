using System.IO.Compression;

namespace Narrator.Voices;

/// <summary>A voice as one zip file (<c>.narrator-voice</c>): voice.json, the embedding, the references and the consent recording.</summary>
public static class VoicePackage
{
    public const string Extension = ".narrator-voice";

    public static void Export(VoiceStore store, string id, string output)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Get(id);
        var folder = store.PathOf(id);
        var temporary = output + ".partial";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                zip.CreateEntryFromFile(file, Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }
        }

        File.Move(temporary, output, overwrite: true);
    }

    /// <summary>Imports a package under its id, or a fresh slug when that id is taken; refuses unsafe paths and files that fail their hashes.</summary>
    public static VoiceRecord Import(VoiceStore store, string package)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!File.Exists(package))
        {
            throw new VoiceException($"{package}: no such voice package.");
        }

        using var zip = OpenZip(package);
        foreach (var entry in zip.Entries)
        {
            if (!IsSafe(entry.FullName))
            {
                throw new VoiceException($"{package}: entry '{entry.FullName}' would be written outside the voice folder; the package is refused.");
            }
        }

        var recordEntry = zip.GetEntry(VoiceRecord.FileName) ?? throw new VoiceException($"{package}: no {VoiceRecord.FileName} inside; not a Narrator voice package.");
        VoiceRecord record;
        using (var reader = new StreamReader(recordEntry.Open()))
        {
            record = VoiceRecord.FromJson(reader.ReadToEnd(), package);
        }

        var id = VoiceSlug.IsValid(record.Id) && !Directory.Exists(store.PathOf(record.Id)) ? record.Id : store.NewId(record.DisplayName);
        record = record with { Id = id };
        store.Commit(id, folder =>
        {
            zip.ExtractToDirectory(folder);
            File.WriteAllText(Path.Combine(folder, VoiceRecord.FileName), record.ToJson());
            var problems = ConsentPolicy.Integrity(record, folder).ToList();
            if (problems.Count > 0)
            {
                throw new VoiceException($"{package}: {string.Join("; ", problems)}; the package is refused.");
            }
        });
        return record;
    }

    private static ZipArchive OpenZip(string package)
    {
        try
        {
            return ZipFile.OpenRead(package);
        }
        catch (InvalidDataException e)
        {
            throw new VoiceException($"{package}: not a zip file ({e.Message}).", e);
        }
    }

    private static bool IsSafe(string name) =>
        name.Length > 0 && !name.StartsWith('/') && !name.Contains('\\', StringComparison.Ordinal) && !Path.IsPathRooted(name)
        && name.Split('/').All(part => part is not ("" or "." or ".."));
}
