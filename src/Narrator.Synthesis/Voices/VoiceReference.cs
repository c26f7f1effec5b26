namespace Narrator.Synthesis.Voices;

/// <summary>A voice found on disk, not yet loaded.</summary>
public sealed record VoiceReference(VoiceKind Kind, string Path, string Name);
