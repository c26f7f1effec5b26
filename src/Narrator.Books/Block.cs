namespace Narrator.Books;

/// <summary>
/// A run of text with one role: a heading, a paragraph, a line of dialogue, a list item, a block
/// quote or a footnote. <see cref="Text"/> is plain text without markup.
/// </summary>
public sealed record Block(BlockKind Kind, string Text, SourceLocation Location)
{
    /// <summary>Pronunciations given inline for parts of <see cref="Text"/> (EPUB 3 <c>ssml:ph</c>).</summary>
    public IReadOnlyList<PronunciationHint> Hints { get; init; } = [];

    /// <summary>Passages of <see cref="Text"/> the manuscript gives to a voice of their own, in order, not overlapping.</summary>
    public IReadOnlyList<VoiceDirection> Voices { get; init; } = [];

    /// <summary>
    /// The language the source declares for all of this block's letters (EPUB/HTML <c>xml:lang</c> or
    /// <c>lang</c>, as written: "fr", "he-IL"); null when it declares none or the block mixes languages.
    /// </summary>
    public string? Language { get; init; }
}
