namespace Narrator.Books;

/// <summary>One chapter: its title (read aloud first) and its blocks in order.</summary>
public sealed class Chapter
{
    /// <summary>Position among the book's chapters, from 1 (as in <c>--chapters 3-5</c>).</summary>
    public required int Index { get; init; }

    /// <summary>The chapter's title as the book gives it (its heading, or its entry in the contents).</summary>
    public required string Title { get; init; }

    /// <summary>The chapter's content; the heading that gave the title is not repeated here.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>Body text, front matter or back matter. [default: <see cref="ChapterKind.Body"/>]</summary>
    public ChapterKind Kind { get; init; } = ChapterKind.Body;

    /// <summary>
    /// Titles of the parts this chapter opens ("Book One", "Part One"), outermost first, read before the
    /// chapter's own title; empty for most chapters. A part with text of its own is a chapter instead.
    /// </summary>
    public IReadOnlyList<string> PartTitles { get; init; } = [];

    /// <summary>Words spoken for this chapter, part and chapter titles included: whitespace-separated tokens with a letter or digit.</summary>
    public int WordCount => PartTitles.Sum(Words.Count) + Words.Count(Title) + Blocks.Sum(b => Words.Count(b.Text));
}
