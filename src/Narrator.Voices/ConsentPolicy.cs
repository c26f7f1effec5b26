using System.Globalization;
using Narrator.Core;

namespace Narrator.Voices;

/// <summary>Decides whether an enrolled voice may speak for a use and a publisher, today, with its files intact.</summary>
public static class ConsentPolicy
{
    /// <summary>Throws a <see cref="VoiceException"/> of kind <see cref="ErrorKind.Refused"/> naming every problem.</summary>
    public static void Check(VoiceRecord record, string folder, string use, string publisher, DateOnly today)
    {
        var problems = Problems(record, folder, use, publisher, today);
        if (problems.Count > 0)
        {
            throw new VoiceException($"Voice '{record.Id}' may not speak: {string.Join("; ", problems)}.", ErrorKind.Refused);
        }
    }

    /// <summary>Everything wrong with the voice for this use; empty when it may speak.</summary>
    public static IReadOnlyList<string> Problems(VoiceRecord record, string folder, string? use, string? publisher, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<string>(Integrity(record, folder));
        if (record.Stock)
        {
            return problems;
        }

        if (record.Consent is not { } consent)
        {
            problems.Add("it has no consent record; enroll it again with 'narrator voice enroll --consent'");
            return problems;
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

    /// <summary>Files whose hash no longer matches the record.</summary>
    public static IEnumerable<string> Integrity(VoiceRecord record, string folder)
    {
        ArgumentNullException.ThrowIfNull(record);
        var expected = record.References.Select(r => (Path.Combine(VoiceRecord.ReferencesFolder, r.File), r.Sha256)).ToList();
        expected.Add((VoiceRecord.EmbeddingFileName, record.Embedding.Sha256));
        if (record.Consent is { } consent)
        {
            expected.Add((consent.RecordingFile, consent.RecordingSha256));
        }

        foreach (var (file, hash) in expected)
        {
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
