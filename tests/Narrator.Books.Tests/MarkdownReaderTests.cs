namespace Narrator.Books.Tests;

public sealed class MarkdownReaderTests
{
    private static Book Read(string markdown, BookReadOptions? options = null) => BookReader.Read(TestFiles.Temp("story.md", markdown), options);

    [Fact]
    public void Read_Sample_OneHashIsTitleAndDoubleHashesAreChapters()
    {
        var book = BookReader.Read(TestFiles.Sample("the-lighthouse.md"));

        Assert.Equal(BookFormat.Markdown, book.Format);
        Assert.Equal("The Lighthouse", book.Title);
        Assert.Equal("Narrator contributors", book.Author);
        Assert.Equal(["The Keeper", "The Storm", "The Morning"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_Sample_BlockKindsAndLines()
    {
        var storm = BookReader.Read(TestFiles.Sample("the-lighthouse.md")).Chapters[1];

        Assert.Equal(BlockKind.BlockQuote, storm.Blocks[2].Kind);
        Assert.Equal(3, storm.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Equal(new SourceLocation("the-lighthouse.md", 27), storm.Blocks[0].Location);
    }

    [Fact]
    public void Read_TextBeforeFirstChapter_IsFrontMatterTitledWithBookTitle()
    {
        var book = Read("# Book\n\nAn opening note.\n\n## One\n\nText one.\n\n## Two\n\nText two.\n", new BookReadOptions { IncludeFrontMatter = true });

        Assert.Equal(["Book", "One", "Two"], book.Chapters.Select(c => c.Title));
        Assert.Equal(ChapterKind.FrontMatter, book.Chapters[0].Kind);
    }

    [Fact]
    public void Read_SeveralSingleHashes_AreChaptersWithDeeperHeadingsAsBlocks()
    {
        var book = Read("# One\n\nText one.\n\n### A scene\n\nMore.\n\n# Two\n\nText two.\n");

        Assert.Equal(["One", "Two"], book.Chapters.Select(c => c.Title));
        Assert.Equal("One", book.Title);
        Assert.Equal(BlockKind.Heading, book.Chapters[0].Blocks[1].Kind);
    }

    [Fact]
    public void Read_EmptyPartHeading_IsReadBeforeTheTitleOfTheNextChapter()
    {
        var book = Read("# Part One\n\n## One\n\nText one.\n\n# Part Two\n\n## Two\n\nText two.\n");

        Assert.Equal(["One", "Two"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["Part Two"], book.Chapters[1].PartTitles);
        Assert.Equal("Text two.", book.Chapters[1].Blocks[0].Text);
    }

    [Fact]
    public void Read_InlineMarkup_IsReducedToText()
    {
        var book = Read("# One\n\nSome *emphasis*, **strong**, a [link](http://x.test) and `code`.![pic](p.png)\n\n<div>html</div>\n\n```\ncode block\n```\n\n    indented code\n\n\"Quoted,\" she said.\n");

        Assert.Equal(["Some emphasis, strong, a link and code.", "\"Quoted,\" she said."], book.Chapters[0].Blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Dialogue, book.Chapters[0].Blocks[1].Kind);
    }

    [Fact]
    public void Read_NoHeadingsNoFrontMatter_OneChapterTitledByFileName()
    {
        var book = Read("Just a paragraph.\n\nAnd another.\n");

        Assert.Equal("story", book.Title);
        Assert.Equal("story", Assert.Single(book.Chapters).Title);
        Assert.Equal(2, book.Chapters[0].Blocks.Count);
    }

    [Fact]
    public void Read_YamlFrontMatter_GivesTitleAndAuthor()
    {
        var book = Read("---\ntitle: \"Front Title\"\nauthor: Jane Roe\n---\n\n# One\n\nText.\n");

        Assert.Equal("Front Title", book.Title);
        Assert.Equal("Jane Roe", book.Author);
        Assert.Equal("One", Assert.Single(book.Chapters).Title);
    }

    [Fact]
    public void Read_FrontMatterFixture_SeveralHashesAreChapters()
    {
        var book = BookReader.Read(TestFiles.Fixture("front-matter.md"));

        Assert.Equal("A Note on Lamps", book.Title);
        Assert.Equal("Narrator Contributors", book.Author);
        Assert.Equal(["Lamps", "Lenses"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_TwoMegabyteParagraph_IsOneBlock()
    {
        var text = string.Concat(Enumerable.Repeat("many words in a very long run ", 70_000)).TrimEnd();

        var block = Assert.Single(Read("# One\n\n" + text + "\n").Chapters[0].Blocks);

        Assert.Equal(text.Length, block.Text.Length);
    }

    private const string Notes = "# One\n\nThe keeper lit the lamp[^1] at dusk.\n\n# Two\n\nThe storm came[^storm] in October.\n\n"
        + "[^1]: An oil lamp, in those days.\n[^storm]: The worst in forty years.\n";

    [Fact]
    public void Read_Footnotes_MarkersSilentAndNotesLeftOut()
    {
        var book = Read(Notes);

        Assert.Equal(["The keeper lit the lamp at dusk."], book.Chapters[0].Blocks.Select(b => b.Text));
        Assert.Equal(["The storm came in October."], book.Chapters[1].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_FootnotesAsked_EachReadAtTheEndOfTheChapterThatCitesIt()
    {
        var book = Read(Notes, new BookReadOptions { ReadFootnotes = true });

        Assert.Equal(["The keeper lit the lamp at dusk.", "An oil lamp, in those days."], book.Chapters[0].Blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Footnote, book.Chapters[0].Blocks[1].Kind);
        Assert.Equal(["The storm came in October.", "The worst in forty years."], book.Chapters[1].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_Table_LeftOutWithAWarningNamingItsLine()
    {
        var book = Read("# One\n\nPrices were these.\n\n| fruit | price |\n|---|---|\n| apple | 3 |\n\nThat was all.\n");

        Assert.Equal(["Prices were these.", "That was all."], book.Chapters[0].Blocks.Select(b => b.Text));
        Assert.Contains(book.Warnings, w => w.Contains("'story.md' line 5: a table was left out", StringComparison.Ordinal));
    }
}
