namespace Narrator.Voices;

/// <summary>An enrolled voice, the QA report of each reference and any warnings.</summary>
public sealed record EnrollmentResult(VoiceRecord Voice, string Folder, IReadOnlyList<QaReport> Reports, IReadOnlyList<string> Warnings);
