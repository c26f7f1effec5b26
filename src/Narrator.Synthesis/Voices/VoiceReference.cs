namespace Narrator.Synthesis.Voices;

/// <summary>A voice found on disk, not yet loaded; <paramref name="Speaker"/> names a stock bundle's speaker chosen by name.</summary>
public sealed record VoiceReference(VoiceKind Kind, string Path, string Name, string? Speaker = null);
