namespace Narrator.Books;

/// <summary>How <see cref="BookReader"/> reads a manuscript; validated once when a book is read.</summary>
public sealed class BookReadOptions
{
    /// <summary>Keep front matter (copyright page, contents, dedication, title page) as chapters. Default false.</summary>
    public bool IncludeFrontMatter { get; init; }

    /// <summary>Keep back matter (index, colophon, notes, "about the author") as chapters. Default false.</summary>
    public bool IncludeBackMatter { get; init; }

    /// <summary>
    /// Read footnotes and endnotes as <see cref="BlockKind.Footnote"/> blocks at the end of their chapter.
    /// Default false: footnote text is dropped. Footnote references (the superscript numbers) are always removed.
    /// </summary>
    public bool ReadFootnotes { get; init; }

    /// <summary>
    /// The EPUB table-of-contents level whose entries are the chapters: 1 the top level, 2 the entries
    /// under it, and so on; the entries above become part titles, read at the start of their first
    /// chapter, and the entries below stay inside their chapter. Default null: chosen from the table
    /// of contents (the level whose entries look like chapters).
    /// </summary>
    public int? ChapterLevel { get; init; }

    /// <summary>Largest uncompressed size of one EPUB entry, in bytes. Default 64 MiB.</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Largest uncompressed size of one EPUB text entry (a chapter's XHTML, the package, the TOC), in
    /// bytes. Default 8 MiB: a long chapter is well under 1 MiB, and parsing tens of megabytes of
    /// markup takes minutes and gigabytes. <see cref="MaxEntryBytes"/> applies when it is lower.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all EPUB entries read, in bytes. Default 512 MiB.</summary>
    public long MaxTotalBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The deepest <see cref="ChapterLevel"/> accepted.</summary>
    public const int MaxChapterLevel = 9;

    /// <summary>The defaults: chapter level chosen from the table of contents, the size limits above.</summary>
    public static BookReadOptions Default { get; } = new();

    internal void Validate()
    {
        var errors = new List<string>();
        if (MaxEntryBytes < 1024)
        {
            errors.Add($"the entry size limit ({MaxEntryBytes} bytes) must be at least 1024 bytes");
        }

        if (MaxTotalBytes < 1024)
        {
            errors.Add($"the total size limit ({MaxTotalBytes} bytes) must be at least 1024 bytes");
        }

        if (MaxDocumentBytes < 1024)
        {
            errors.Add($"the text entry size limit ({MaxDocumentBytes} bytes) must be at least 1024 bytes");
        }

        if (ChapterLevel is < 1 or > MaxChapterLevel)
        {
            errors.Add($"the chapter level ({ChapterLevel}) must be between 1 and {MaxChapterLevel}");
        }

        if (MaxTotalBytes < MaxEntryBytes)
        {
            errors.Add($"the total size limit ({MaxTotalBytes} bytes) must not be below the entry size limit ({MaxEntryBytes} bytes)");
        }

        if (errors.Count > 0)
        {
            throw new BookException("Invalid book reading options: " + string.Join("; ", errors) + ".");
        }
    }
}
