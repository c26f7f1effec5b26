namespace Narrator.Voices;

/// <summary>One reference recording kept in <c>references/</c>: its hash and QA figures.</summary>
public sealed record ReferenceEntry(string File, string Sha256, double SpeechSeconds, QaReport Qa);
