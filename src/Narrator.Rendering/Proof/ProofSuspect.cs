namespace Narrator.Rendering.Proof;

/// <summary>
/// An utterance proof-listening still calls suspect: where it is (<see cref="Audio"/>, a chapter file relative to the
/// render folder, from <see cref="Start"/> to <see cref="End"/> seconds), what it should say, what was heard, and why.
/// </summary>
public sealed record ProofSuspect(int Chapter, string ChapterTitle, string Audio, double Start, double End, string Text, string Heard, double WordErrorRate, string Problem, int Readings)
{
    /// <summary>The manuscript file the text comes from (an entry inside an EPUB), when known.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The 1-based line of <see cref="SourceFile"/> where its paragraph starts.</summary>
    public int? SourceLine { get; init; }
}
