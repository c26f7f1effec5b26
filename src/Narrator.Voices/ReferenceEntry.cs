namespace Narrator.Voices;

/// <summary>One reference recording kept in <c>references/</c>: its hash and QA figures, and for a script take its prompt.</summary>
public sealed record ReferenceEntry(string File, string Sha256, double SpeechSeconds, QaReport Qa)
{
    /// <summary>The script prompt this take reads (<c>arctic_a0001</c>, or an id of the recordings' transcript.txt); null for a plain reference.</summary>
    public string? PromptId { get; init; }

    /// <summary>The text the take reads, as adaptation needs it; null for a plain reference.</summary>
    public string? PromptText { get; init; }
}
