namespace Narrator.Books;

/// <summary>
/// A run of text with one role: a heading, a paragraph, a line of dialogue, a list item, a block
/// quote or a footnote. <see cref="Text"/> is plain text without markup.
/// </summary>
public sealed record Block(BlockKind Kind, string Text, SourceLocation Location)
{
    /// <summary>Pronunciations given inline for parts of <see cref="Text"/> (EPUB 3 <c>ssml:ph</c>).</summary>
    public IReadOnlyList<PronunciationHint> Hints { get; init; } = [];
}
