using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Provenance;

/// <summary>
/// Where a synthesized file came from: the voice, its consent record, the model, the Narrator
/// version and the watermark payload it carries. Written as a JSON sidecar beside each file, and
/// stated, signed, in the C2PA manifest inside it (<see cref="EmbeddedProvenance"/>).
/// </summary>
public sealed record ProvenanceRecord
{
    /// <summary>IPTC's digital source type for media made by a trained model.</summary>
    public const string TrainedAlgorithmicMedia = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The program that made the file. Default "Narrator".</summary>
    public string Generator { get; init; } = "Narrator";

    /// <summary>The Narrator version that made it. Default <see cref="Version"/>.</summary>
    public string NarratorVersion { get; init; } = Version;

    /// <summary>Whether the audio is synthetic. Default true.</summary>
    public bool Synthetic { get; init; } = true;

    /// <summary>IPTC digital source type. Default <see cref="TrainedAlgorithmicMedia"/>.</summary>
    public string DigitalSourceType { get; init; } = TrainedAlgorithmicMedia;

    /// <summary>The voice that speaks (its name, as <c>--voice</c> resolved it).</summary>
    public required string Voice { get; init; }

    /// <summary>The voice's fingerprint (<see cref="Voices.IVoice.Fingerprint"/>).</summary>
    public required string VoiceFingerprint { get; init; }

    /// <summary>The consent record of an enrolled (cloned) voice; null for stock voices.</summary>
    public string? ConsentRecordId { get; init; }

    /// <summary>The SHA-256 (hex) of that consent record as stored; null for stock voices.</summary>
    public string? ConsentRecordSha256 { get; init; }

    /// <summary>The 32-bit watermark payload, as 8 hex digits.</summary>
    public required string WatermarkPayload { get; init; }

    /// <summary>"default" (the published key: anyone can detect, anyone could forge) or "publisher".</summary>
    public string WatermarkKey { get; init; } = "default";

    /// <summary>The title of the work (the book, or the chapter) when known.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Every voice heard in the file, in the order they first speak (a book's narrator first), when that is not
    /// <see cref="Voice"/> alone: a cast of voices, an SSML document whose <c>voice</c> elements switch voice; null when
    /// <see cref="Voice"/> reads it all.
    /// </summary>
    public IReadOnlyList<VoiceCredit>? Voices { get; init; }

    /// <summary>When the file was made. Default: now, in UTC.</summary>
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>This assembly's informational version (the package version, with the commit when built from git).</summary>
    public static string Version =>
        typeof(ProvenanceRecord).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The record of audio spoken by <paramref name="voice"/>.</summary>
    public static ProvenanceRecord For(IVoice voice, string? title = null, Watermark.WatermarkKey? watermarkKey = null)
    {
        ArgumentNullException.ThrowIfNull(voice);
        return new ProvenanceRecord
        {
            WatermarkKey = watermarkKey is null || watermarkKey.IsDefault ? "default" : "publisher",
            Voice = voice.Name,
            VoiceFingerprint = voice.Fingerprint,
            ConsentRecordId = voice.Consent?.RecordId,
            ConsentRecordSha256 = voice.Consent?.RecordSha256,
            WatermarkPayload = PayloadOf(voice).ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
            Title = title,
        };
    }

    /// <summary>The watermark payload of a voice: 32 bits of a hash of its consent record, or of its model for stock voices.</summary>
    public static uint PayloadOf(IVoice voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        return PayloadOf(voice.Consent?.RecordId ?? voice.Fingerprint);
    }

    /// <summary>The payload of a voice with consent record <paramref name="consentRecordIdOrFingerprint"/>, or of a stock voice with that fingerprint.</summary>
    public static uint PayloadOf(string consentRecordIdOrFingerprint)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(consentRecordIdOrFingerprint));
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash);
    }

    /// <summary>Metadata tags for the file itself (FLAC, MP3, M4B), besides its title and artist.</summary>
    public IReadOnlyDictionary<string, string> Tags() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["comment"] = Voices is { Count: > 1 } voices
            ? $"Synthetic narration made by Narrator {NarratorVersion} with the voices {string.Join(", ", voices.Select(v => v.Voice).Distinct(StringComparer.Ordinal))}."
            : $"Synthetic narration made by Narrator {NarratorVersion} with the voice {Voice}.",
        ["synthetic_narration"] = "true",
        ["digital_source_type"] = DigitalSourceType,
        ["narrator_voice"] = Voice,
        ["narrator_watermark"] = WatermarkPayload,
    };

    /// <summary>Writes the sidecar <c>&lt;file&gt;.provenance.json</c> (atomically) and returns its path.</summary>
    public string WriteSidecar(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var path = file + ".provenance.json";
        Core.IO.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json));
        return path;
    }
}
