namespace Narrator.Books.Text;

/// <summary>A heading line (with its kind) or a paragraph (its lines) of a plain text, with its 1-based line.</summary>
internal sealed record TextItem(HeadingKind Kind, string? Heading, IReadOnlyList<string> Lines, int Line)
{
    public bool IsHeading => Heading is not null;
}
