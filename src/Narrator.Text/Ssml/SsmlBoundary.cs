namespace Narrator.Text.Ssml;

/// <summary>What ends a piece of an SSML document, and so which pause follows it when no <c>break</c> says otherwise.</summary>
public enum SsmlBoundary
{
    /// <summary>The text goes on in the same sentence (prosody or voice changed mid-sentence): no pause.</summary>
    None,

    /// <summary>The end of an <c>s</c> element: a sentence pause.</summary>
    Sentence,

    /// <summary>The end of a <c>p</c> element: a paragraph pause.</summary>
    Paragraph,
}
