namespace Narrator.Text.Ssml;

/// <summary>
/// A stretch of an SSML document spoken one way: its text (say-as and sub already read out), how it
/// is spoken, by which voice (null: the synthesizer's own), the pronunciations given inside it, and
/// the pause after it: <see cref="Break"/> when a <c>break</c> sets it, else the one <see cref="Boundary"/> calls for.
/// <see cref="Line"/> and <see cref="Column"/> locate its first element or text in the document.
/// </summary>
public sealed record SsmlPiece(
    string Text,
    SsmlProsody Prosody,
    string? Voice,
    IReadOnlyList<SsmlPhoneme> Phonemes,
    SsmlBoundary Boundary,
    TimeSpan? Break,
    int Line,
    int Column);
