namespace Narrator.Books;

public enum ChapterKind
{
    Body,

    /// <summary>Copyright page, table of contents, dedication and the like.</summary>
    FrontMatter,

    /// <summary>Index, colophon, advertisements and the like.</summary>
    BackMatter,
}
