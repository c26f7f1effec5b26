namespace Narrator.Synthesis.Provenance;

/// <summary>The verdict on a file's embedded C2PA manifest and the facts its claim states.</summary>
public sealed record ProvenanceVerification
{
    public required string File { get; init; }

    /// <summary>"WAV", "FLAC", "MP3" or "MP4".</summary>
    public required string Container { get; init; }

    public required ProvenanceStatus Status { get; init; }

    /// <summary>Why the manifest does not verify (null when valid or missing).</summary>
    public string? Reason { get; init; }

    /// <summary>The manifest's label (<c>urn:c2pa:…</c>).</summary>
    public string? Manifest { get; init; }

    /// <summary>The signing certificate's subject.</summary>
    public string? Signer { get; init; }

    /// <summary>Whether the signer is a self-signed Narrator development key (not trusted by anyone).</summary>
    public bool DevelopmentKey { get; init; }

    public string? ClaimGenerator { get; init; }

    public string? Title { get; init; }

    /// <summary>The first action (<c>c2pa.created</c>), when it happened, and the digital source type it declares.</summary>
    public string? Action { get; init; }

    public string? When { get; init; }

    public string? DigitalSourceType { get; init; }

    public string? Voice { get; init; }

    public string? VoiceFingerprint { get; init; }

    public string? ConsentRecordId { get; init; }

    public string? ConsentRecordSha256 { get; init; }

    public string? WatermarkPayload { get; init; }

    public string? WatermarkKey { get; init; }

    /// <summary>Every voice the manifest says is heard in the file, when it names several (see <see cref="ProvenanceRecord.Voices"/>).</summary>
    public IReadOnlyList<VoiceCredit>? Voices { get; init; }
}
