namespace Narrator.Synthesis.Voices;

/// <summary>
/// What a voice made from a person's recordings was allowed to do when Narrator.Voices' consent
/// gate handed it out: the consent record, the publisher and the use it was checked for.
/// </summary>
public sealed record ConsentGrant(string RecordId, string Publisher, string Use);
