namespace Narrator.Books.Assembly;

/// <summary>A chapter in the making: a title, its kind, its blocks and the footnotes met inside it.</summary>
internal sealed class Section(string title, ChapterKind kind)
{
    public string Title { get; set; } = title;

    public ChapterKind Kind { get; set; } = kind;

    public List<Block> Blocks { get; } = [];

    public List<Block> Footnotes { get; } = [];

    /// <summary>Titles of the empty parts this section opens, outermost first.</summary>
    public List<string> PartTitles { get; } = [];

    /// <summary>A part title ("Part One", a TOC entry with children): when it holds no text it becomes a heading of the next chapter.</summary>
    public bool IsPart { get; init; }

    /// <summary>Drop leading heading blocks that repeat <see cref="Title"/> (the heading that gave the title).</summary>
    public bool TitleFromHeading { get; init; }

    /// <summary>The TOC level of the entries nested inside this chapter, when it holds some (they could be its chapters).</summary>
    public int? InnerLevel { get; init; }

    /// <summary>Where the section's heading is, when it has one.</summary>
    public SourceLocation? Origin { get; set; }

    public bool HasText => Blocks.Any(b => Words.Count(b.Text) > 0);

    public int WordCount => Blocks.Sum(b => Words.Count(b.Text));
}
