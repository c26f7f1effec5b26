using System.IO.Compression;
using Narrator.Audio;
using Narrator.Core.IO;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>A voice as one zip file (<c>.narrator-voice</c>): voice.json, the embedding, the references, the consent recording and the adapted model (an unfinished training stays behind).</summary>
public static class VoicePackage
{
    /// <summary>The file extension of voice packages.</summary>
    public const string Extension = ".narrator-voice";

    /// <param name="revocationList">
    /// Where this store will publish withdrawn consents (<c>voice revoke --publish</c>): a file path every
    /// importer can read (shared or synced folder) or an http(s) URL. Signed into the exported record;
    /// every store that imports the voice checks the list whenever the voice is opened.
    /// </param>
    /// <param name="store">The store holding the voice.</param>
    /// <param name="id">The voice's id.</param>
    /// <param name="output">The package file to write; written whole or not at all.</param>
    public static void Export(VoiceStore store, string id, string output, string? revocationList = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var record = store.Get(id);
        if (revocationList is not null)
        {
            // Kept in this store's record too, so that 'voice revoke' publishes there.
            store.Save(record with { RevocationList = PublishedRevocations.Validate(revocationList) });
        }

        var folder = store.PathOf(id);
        using var pending = PendingFile.Create(output);
        using (var zip = new ZipArchive(new FileStream(pending.TemporaryPath, FileMode.Truncate, FileAccess.Write), ZipArchiveMode.Create))
        {
            var work = Path.Combine(folder, VoiceTrainer.WorkFolder) + Path.DirectorySeparatorChar;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(work, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                zip.CreateEntryFromFile(file, Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }
        }

        pending.Commit();
    }

    /// <summary>Most files a package may hold: a voice has a few dozen.</summary>
    public const int MaximumEntries = 1000;

    /// <summary>Most bytes a package may unpack to (1 GiB): a zip bomb is refused before anything is written.</summary>
    public const long MaximumUnpackedBytes = 1L << 30;

    /// <summary>
    /// Imports a package under its id, or a fresh slug when that id is taken, running on
    /// <paramref name="embedder"/>'s bundle. Everything enrollment checks is checked again: files stay
    /// inside the voice folder and match their hashes, no recording carries Narrator's watermark, the
    /// consent speaker matches the voice at the calibrated threshold, consent is in date and not revoked
    /// here. Then this store signs the record.
    /// </summary>
    public static VoiceRecord Import(VoiceStore store, string package, BundleEmbedder embedder, AudioReader read, DateOnly today) =>
        Import(store, package, embedder, embedder.Bundle, read, today);

    internal static VoiceRecord Import(VoiceStore store, string package, ISpeakerEmbedder embedder, BundleInfo bundle, AudioReader read, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(embedder);
        if (!File.Exists(package))
        {
            throw new VoiceException($"{package}: no such voice package.");
        }

        using var zip = OpenZip(package);
        CheckEntries(zip, package);
        var recordEntry = zip.GetEntry(VoiceRecord.FileName) ?? throw new VoiceException($"{package}: no {VoiceRecord.FileName} inside; not a Narrator voice package.");
        VoiceRecord record;
        using (var reader = new StreamReader(recordEntry.Open()))
        {
            record = VoiceRecord.FromJson(reader.ReadToEnd(), package);
        }

        var consent = record.Consent ?? throw new ConsentRefusedException($"{package}: the voice has no consent record; it cannot be imported.");
        if (record.Embedding.EncoderId != embedder.EncoderId)
        {
            throw new VoiceException($"{package}: the voice was enrolled with speaker encoder '{record.Embedding.EncoderId}'; the bundle {bundle.Path} has '{embedder.EncoderId}'. Import it where that bundle is installed (--voice), or enroll the person again.");
        }

        var id = VoiceSlug.IsValid(record.Id) && !Directory.Exists(store.PathOf(record.Id)) ? record.Id : store.NewId(record.DisplayName);
        record = record with { Id = id, Bundle = bundle, Signature = null };
        store.Commit(id, folder =>
        {
            zip.ExtractToDirectory(folder);
            var problems = ConsentPolicy.Integrity(record, folder).ToList();
            if (consent.SpeakerThreshold < Thresholds.SameSpeaker && !ConsentTesting.AllowsUncalibratedThresholds)
            {
                problems.Add(FormattableString.Invariant($"its consent was checked at a similarity threshold of {consent.SpeakerThreshold:0.000}, below the calibrated {Thresholds.SameSpeaker:0.000}"));
            }

            if (consent.Expires is { } expires && expires < today)
            {
                problems.Add(FormattableString.Invariant($"its consent expired on {expires:yyyy-MM-dd}"));
            }

            if (ConsentPolicy.Revocation(store, record, consent) is { } revoked)
            {
                problems.Add(revoked);
            }

            if (problems.Count > 0)
            {
                throw new ConsentRefusedException($"{package}: {string.Join("; ", problems)}; the package is refused.");
            }

            foreach (var reference in record.References)
            {
                var path = Path.Combine(folder, VoiceRecord.ReferencesFolder, reference.File);
                SyntheticSpeech.Refuse($"{package}: {VoiceRecord.ReferencesFolder}/{reference.File}", path, read);
            }

            var speaker = new SpeakerEmbedding(record.Embedding.EncoderId, [.. record.Embedding.Vector]);
            var thresholds = new ConsentThresholds { Speaker = consent.SpeakerThreshold };
            new ConsentVerifier(embedder, read, recognizer: null).Verify(Path.Combine(folder, consent.RecordingFile), consent.Statement, speaker, thresholds, skipStatement: true);
            File.WriteAllText(Path.Combine(folder, VoiceRecord.FileName), store.Sign(record).ToJson());
        });
        return store.Get(id);
    }

    private static void CheckEntries(ZipArchive zip, string package)
    {
        if (zip.Entries.Count > MaximumEntries)
        {
            throw new VoiceException($"{package}: {zip.Entries.Count} files, more than a voice package holds ({MaximumEntries}); the package is refused.");
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (!VoiceFiles.IsInside(entry.FullName.TrimEnd('/')))
            {
                throw new VoiceException($"{package}: entry '{entry.FullName}' would be written outside the voice folder; the package is refused.");
            }

            total += entry.Length;
            if (entry.Length < 0 || total > MaximumUnpackedBytes)
            {
                throw new VoiceException($"{package}: unpacks to more than {MaximumUnpackedBytes >> 20} MiB; the package is refused.");
            }
        }
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
}
