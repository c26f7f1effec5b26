namespace Narrator.Books;

/// <summary>What a <see cref="Block"/> of a chapter is; it decides the pause after it and how dialogue is looked for.</summary>
public enum BlockKind
{
    /// <summary>A heading inside a chapter (the chapter's own title is <see cref="Chapter.Title"/>).</summary>
    Heading,
    /// <summary>Running text.</summary>
    Paragraph,
    /// <summary>A paragraph that is a line of dialogue.</summary>
    Dialogue,
    /// <summary>One item of a list.</summary>
    ListItem,
    /// <summary>A quotation set off from the text.</summary>
    BlockQuote,
    /// <summary>A footnote or endnote.</summary>
    Footnote,
}
