namespace Narrator.Books;

/// <summary>Where a chapter stands in the book: its body, or the matter before or after it.</summary>
public enum ChapterKind
{
    /// <summary>The text of the book: chapters, prologue, epilogue.</summary>
    Body,

    /// <summary>Copyright page, table of contents, dedication and the like.</summary>
    FrontMatter,

    /// <summary>Index, colophon, advertisements and the like.</summary>
    BackMatter,
}
