namespace Narrator.Synthesis.Voices;

/// <summary>
/// What a voice made from a person's recordings was allowed to do when Narrator.Voices' consent
/// gate handed it out: the consent record, the publisher and the use it was checked for.
/// </summary>
/// <param name="RecordSha256">The SHA-256 (hex) of the consent record as stored (or of the consent recording, for a preview), stated in the files' provenance.</param>
/// <param name="RecordId">The consent record's id.</param>
/// <param name="Publisher">The publisher the consent covers, which the synthesis declared.</param>
/// <param name="Use">The use the consent covers ("narrate", "speak"…), which the synthesis declared.</param>
public sealed record ConsentGrant(string RecordId, string Publisher, string Use, string? RecordSha256 = null);
