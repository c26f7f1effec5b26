namespace Narrator.Text;

/// <summary>What ends an utterance; the renderer uses it to choose the pause that follows.</summary>
public enum UtteranceBoundary
{
    /// <summary>A clause boundary inside a sentence that was split for length.</summary>
    Clause,

    /// <summary>The end of a sentence.</summary>
    Sentence,

    /// <summary>The end of a sentence that also ends a paragraph (a blank line follows).</summary>
    Paragraph,
}
