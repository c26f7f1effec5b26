using System.Globalization;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Provenance;

/// <summary>
/// One of several voices heard in a file: which voice, its consent record where it was made from a person's
/// recordings, the watermark payload its audio carries, and what it reads there ("narration", a character's name).
/// </summary>
public sealed record VoiceCredit
{
    /// <summary>The voice's name.</summary>
    public required string Voice { get; init; }

    /// <summary>The voice's fingerprint (<see cref="Voices.IVoice.Fingerprint"/>).</summary>
    public required string VoiceFingerprint { get; init; }

    /// <summary>The consent record of a voice made from a person's recordings; null for stock and Piper voices.</summary>
    public string? ConsentRecordId { get; init; }

    /// <summary>SHA-256 (hex) of that consent record; null with it.</summary>
    public string? ConsentRecordSha256 { get; init; }

    /// <summary>
    /// The 32-bit watermark payload this voice's audio carries, as 8 hex digits; null when the file's one payload
    /// (<see cref="ProvenanceRecord.WatermarkPayload"/>) marks every voice's audio, as in a spoken SSML document.
    /// </summary>
    public string? WatermarkPayload { get; init; }

    /// <summary>
    /// What it is given to read: in a book, what the cast gives it ("narration", the characters it voices, "other
    /// dialogue", "passages marked NAME"), whether or not each is heard in this file; in SSML, the element that chose it.
    /// </summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The credit of <paramref name="voice"/>; <paramref name="ownWatermark"/>: its audio carries its own payload.</summary>
    public static VoiceCredit Of(IVoice voice, IReadOnlyList<string> roles, bool ownWatermark = true)
    {
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(roles);
        return new VoiceCredit
        {
            Voice = voice.Name,
            VoiceFingerprint = voice.Fingerprint,
            ConsentRecordId = voice.Consent?.RecordId,
            ConsentRecordSha256 = voice.Consent?.RecordSha256,
            WatermarkPayload = ownWatermark ? ProvenanceRecord.PayloadOf(voice).ToString("x8", CultureInfo.InvariantCulture) : null,
            Roles = roles,
        };
    }
}
