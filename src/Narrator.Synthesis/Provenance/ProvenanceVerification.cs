namespace Narrator.Synthesis.Provenance;

/// <summary>The verdict on a file's embedded C2PA manifest and the facts its claim states.</summary>
public sealed record ProvenanceVerification
{
    /// <summary>The file checked.</summary>
    public required string File { get; init; }

    /// <summary>"WAV", "FLAC", "MP3" or "MP4".</summary>
    public required string Container { get; init; }

    /// <summary>Valid, invalid or missing.</summary>
    public required ProvenanceStatus Status { get; init; }

    /// <summary>Why the manifest does not verify (null when valid or missing).</summary>
    public string? Reason { get; init; }

    /// <summary>The manifest's label (<c>urn:c2pa:…</c>).</summary>
    public string? Manifest { get; init; }

    /// <summary>The signing certificate's subject.</summary>
    public string? Signer { get; init; }

    /// <summary>Whether the signer is a self-signed Narrator development key (not trusted by anyone).</summary>
    public bool DevelopmentKey { get; init; }

    /// <summary>The program the claim says made the file.</summary>
    public string? ClaimGenerator { get; init; }

    /// <summary>The title the claim gives.</summary>
    public string? Title { get; init; }

    /// <summary>The first action (<c>c2pa.created</c>), when it happened, and the digital source type it declares.</summary>
    public string? Action { get; init; }

    /// <summary>When <see cref="Action"/> happened, as the claim states it.</summary>
    public string? When { get; init; }

    /// <summary>The digital source type the action declares (IPTC).</summary>
    public string? DigitalSourceType { get; init; }

    /// <summary>The voice the manifest says speaks.</summary>
    public string? Voice { get; init; }

    /// <summary>That voice's fingerprint.</summary>
    public string? VoiceFingerprint { get; init; }

    /// <summary>The consent record of a voice made from a person's recordings; null for stock voices.</summary>
    public string? ConsentRecordId { get; init; }

    /// <summary>SHA-256 (hex) of that consent record.</summary>
    public string? ConsentRecordSha256 { get; init; }

    /// <summary>The watermark payload the manifest says the audio carries (hex).</summary>
    public string? WatermarkPayload { get; init; }

    /// <summary>Which watermark key marked it: "default" or a publisher's.</summary>
    public string? WatermarkKey { get; init; }

    /// <summary>Every voice the manifest says is heard in the file, when it names several (see <see cref="ProvenanceRecord.Voices"/>).</summary>
    public IReadOnlyList<VoiceCredit>? Voices { get; init; }
}
