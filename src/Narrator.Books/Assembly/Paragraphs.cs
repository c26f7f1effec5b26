namespace Narrator.Books.Assembly;

internal static class Paragraphs
{
    /// <summary>A paragraph that opens with a quotation mark (“ " ‘ ') is dialogue.</summary>
    public static BlockKind KindOf(string text) =>
        text.Length > 0 && text[0] is '“' or '"' or '‘' or '\'' ? BlockKind.Dialogue : BlockKind.Paragraph;
}
