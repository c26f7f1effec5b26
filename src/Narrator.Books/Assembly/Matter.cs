namespace Narrator.Books.Assembly;

/// <summary>Recognises front and back matter by EPUB structural types (also EPUB 2 guide types) and by title.</summary>
internal static class Matter
{
    private static readonly HashSet<string> FrontTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "frontmatter", "copyright-page", "toc", "dedication", "titlepage", "title-page", "halftitlepage", "cover",
        "imprint", "imprimatur", "loi", "lot", "epigraph", "seriespage", "other-credits", "contributors", "errata",
    };

    private static readonly HashSet<string> BackTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "backmatter", "index", "colophon", "glossary", "bibliography", "endnotes", "rearnotes", "acknowledgments",
        "acknowledgements", "appendix", "notes",
    };

    private static readonly HashSet<string> BodyTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "bodymatter", "chapter", "part", "prologue", "epilogue", "foreword", "preface", "introduction", "afterword", "text",
    };

    private static readonly string[] FrontTitles =
    [
        "contents", "table of contents", "copyright", "copyright page", "title page", "title", "half title", "dedication",
        "cover", "list of illustrations", "illustrations", "also by", "epigraph",
    ];

    private static readonly string[] BackTitles =
    [
        "index", "colophon", "notes", "endnotes", "footnotes", "about the author", "about the publisher", "acknowledgements",
        "acknowledgments", "glossary", "bibliography", "further reading",
    ];

    /// <summary>The kind structural types say, or null when they say nothing.</summary>
    public static ChapterKind? FromTypes(IEnumerable<string> types)
    {
        var list = types.ToList();
        return list.Any(BodyTypes.Contains) ? ChapterKind.Body
            : list.Any(FrontTypes.Contains) ? ChapterKind.FrontMatter
            : list.Any(BackTypes.Contains) ? ChapterKind.BackMatter
            : null;
    }

    /// <summary>The kind a title says ("Contents", "Copyright", "Index"), or null for an ordinary title.</summary>
    public static ChapterKind? FromTitle(string title)
    {
        var key = new string([.. title.ToLowerInvariant().Where(c => char.IsLetter(c) || c == ' ')]).Trim();
        key = string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return FrontTitles.Any(t => key == t || (t.Length > 6 && key.StartsWith(t, StringComparison.Ordinal))) ? ChapterKind.FrontMatter
            : BackTitles.Any(t => key == t || (t.Length > 6 && key.StartsWith(t, StringComparison.Ordinal))) ? ChapterKind.BackMatter
            : null;
    }
}
