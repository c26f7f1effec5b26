namespace Narrator.Books.Epub;

/// <summary>What an XHTML document yields in reading order: a block, a footnote, or the anchor where a chapter starts.</summary>
internal sealed record ContentItem(Block? Block, bool IsFootnote = false, string? Anchor = null);
