using System.Globalization;
using Narrator.Core;

namespace Narrator.Voices;

/// <summary>Decides whether an enrolled voice may speak for a use and a publisher, today, with its files intact and its record signed.</summary>
public static class ConsentPolicy
{
    /// <summary>Throws a <see cref="ConsentRefusedException"/> naming every problem.</summary>
    public static void Check(VoiceStore store, VoiceRecord record, string use, string publisher, DateOnly today)
    {
        var problems = Problems(store, record, use, publisher, today);
        if (problems.Count > 0)
        {
            throw new ConsentRefusedException($"Voice '{record.Id}' may not speak: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>Everything wrong with the voice for this use (any use and publisher when null); empty when it may speak.</summary>
    public static IReadOnlyList<string> Problems(VoiceStore store, VoiceRecord record, string? use, string? publisher, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<string>(Integrity(record, store.PathOf(record.Id)));
        var key = StoreKey.Read(store.Folder);
        if (record.Signature is null)
        {
            problems.Add($"{VoiceRecord.FileName} is not signed (enrolled by an older Narrator or written by hand); enroll the voice again");
        }
        else if (key is null || !key.Verifies(record))
        {
            problems.Add($"{VoiceRecord.FileName} does not match its signature: it was edited or copied from another store since enrollment (import voices with 'narrator voice import')");
        }

        if (record.Consent is not { } consent)
        {
            problems.Add("it has no consent record; enroll it again with 'narrator voice enroll --consent'");
            return problems;
        }

        if (Revocation(store, record, consent) is { } revoked)
        {
            problems.Add(revoked);
        }

        if (consent.SpeakerThreshold < Thresholds.SameSpeaker && !ConsentTesting.AllowsUncalibratedThresholds)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"its consent speaker was compared at a similarity threshold of {consent.SpeakerThreshold:0.000}, below the calibrated {Thresholds.SameSpeaker:0.000}"));
        }

        if (consent.Expires is { } expires && today > expires)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"its consent expired on {expires:yyyy-MM-dd}"));
        }

        if (use is not null && !consent.Uses.Contains(use, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"consent covers {string.Join(", ", consent.Uses)}, not '{use}'");
        }

        if (publisher is not null && consent.Publisher != ConsentStatement.AnyPublisher && !string.Equals(consent.Publisher, publisher, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"consent was given to publisher '{consent.Publisher}', not '{publisher}'");
        }

        return problems;
    }

    /// <summary>Why the voice's consent counts as withdrawn (this store's list, or its publisher's), or null.</summary>
    internal static string? Revocation(VoiceStore store, VoiceRecord record, ConsentRecord consent) =>
        store.Revoked().Contains(consent.Id) ? $"its consent record {consent.Id} was revoked in this store"
        : record.RevocationList is { } list && PublishedRevocations.Lists(list, consent.Id, store.Folder) ? $"its consent record {consent.Id} was revoked by its publisher (listed in {list})"
        : null;

    /// <summary>Files whose hash no longer matches the record, or that the record places outside the voice folder.</summary>
    public static IEnumerable<string> Integrity(VoiceRecord record, string folder)
    {
        ArgumentNullException.ThrowIfNull(record);
        var expected = record.References.Select(r => (VoiceRecord.ReferencesFolder + "/" + r.File, r.Sha256)).ToList();
        expected.Add((VoiceRecord.EmbeddingFileName, record.Embedding.Sha256));
        if (record.Consent is { } consent)
        {
            expected.Add((consent.RecordingFile, consent.RecordingSha256));
        }

        if (record.Adaptation is { } adaptation)
        {
            expected.Add((adaptation.File, adaptation.Sha256));
        }

        foreach (var (file, hash) in expected)
        {
            if (!VoiceFiles.IsInside(file))
            {
                yield return $"'{file}' does not name a file inside the voice folder";
                continue;
            }

            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                yield return $"{file} is missing";
            }
            else if (Sha256Hex.File(path) != hash)
            {
                yield return $"{file} has changed since enrollment (hash mismatch)";
            }
        }
    }
}
