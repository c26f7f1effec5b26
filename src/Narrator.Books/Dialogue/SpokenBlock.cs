namespace Narrator.Books.Dialogue;

/// <summary>One block of a chapter cut into narration and dialogue spans that together cover its whole text.</summary>
public sealed record SpokenBlock(Block Block, IReadOnlyList<SpeechSpan> Spans)
{
    /// <summary>The block opens by continuing a quotation left open at the end of the block before it.</summary>
    public bool ContinuesQuote { get; init; }

    /// <summary>Whether any span of the block is dialogue.</summary>
    public bool HasDialogue => Spans.Any(s => s.Kind == SpeechKind.Dialogue);
}
