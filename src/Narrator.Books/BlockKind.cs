namespace Narrator.Books;

public enum BlockKind
{
    Heading,
    Paragraph,
    Dialogue,
    ListItem,
    BlockQuote,
    Footnote,
}
