using System.Text;

namespace Narrator.Books.Tests;

public sealed class PlainTextReaderTests
{
    private static Book Read(string text, BookReadOptions? options = null) => BookReader.Read(TestFiles.Temp("book.txt", text), options);

    [Fact]
    public void Read_GutenbergFixture_StripsHeaderAndLicenceAndReadsMetadata()
    {
        var book = BookReader.Read(TestFiles.Fixture("gutenberg-style.txt"));

        Assert.Equal("The Salt Road", book.Title);
        Assert.Equal("Narrator Contributors", book.Author);
        Assert.Equal("English", book.Language);
        Assert.DoesNotContain(book.Chapters.SelectMany(c => c.Blocks), b => b.Text.Contains("Gutenberg", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Read_GutenbergFixture_ContentsListIsNotChapters()
    {
        var book = BookReader.Read(TestFiles.Fixture("gutenberg-style.txt"));

        Assert.Equal(["Chapter I. The Crossing", "Chapter II. The Inn at Weir", "Chapter III. Home"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_GutenbergFixtureWithFrontMatter_ContentsIsFrontMatter()
    {
        var book = BookReader.Read(TestFiles.Fixture("gutenberg-style.txt"), new BookReadOptions { IncludeFrontMatter = true });

        var contents = book.Chapters.Single(c => c.Title == "Contents");
        Assert.Equal(ChapterKind.FrontMatter, contents.Kind);
        Assert.Equal(3, contents.Blocks.Count(b => b.Kind == BlockKind.ListItem));
    }

    [Fact]
    public void Read_HardWrappedLines_AreRejoinedWithHyphensRepaired()
    {
        var first = BookReader.Read(TestFiles.Fixture("gutenberg-style.txt")).Chapters[0];

        Assert.Equal("The ferry left at dawn, and the water was a wonderful grey under a well-known sky. Everyone on board was half-asleep.", first.Blocks[0].Text);
        Assert.Equal(new SourceLocation("gutenberg-style.txt", 30), first.Blocks[0].Location);
    }

    [Theory]
    [InlineData("won-\nderful", "wonderful")]
    [InlineData("well-\nknown", "well-known")]
    [InlineData("North-\nWest", "North-West")]
    [InlineData("sea-\nshore and the seashore", "seashore and the seashore")]
    [InlineData("sea-\nwall and the sea-wall", "sea-wall and the sea-wall")]
    public void Read_HyphenAtLineEnd_FollowsTheDocumentedRule(string wrapped, string expected)
    {
        var book = Read($"It was {wrapped} today.\n");

        Assert.Equal($"It was {expected} today.", book.Chapters[0].Blocks[0].Text);
    }

    [Fact]
    public void Read_ChapterLineWithTitleLineBelow_TakesBoth()
    {
        var book = Read("CHAPTER I.\nDown the Well\n\nSome text here.\n\nCHAPTER II.\nUp Again\n\nMore text.\n");

        Assert.Equal(["Chapter I. Down the Well", "Chapter II. Up Again"], book.Chapters.Select(c => c.Title));
    }

    [Theory]
    [InlineData("Chapter 12", "Chapter 13")]
    [InlineData("CHAPTER XII. THE LONG NIGHT", "CHAPTER XIII. THE DAWN OF IT")]
    [InlineData("BOOK TWO", "BOOK THREE")]
    [InlineData("Part III", "Part IV")]
    [InlineData("I. A STORM AT SEA", "II. THE RED-HAIRED MAN")]
    [InlineData("THE HARBOUR", "THE OPEN SEA")]
    public void Read_HeadingStyles_StartChapters(string first, string second)
    {
        var book = Read($"{first}\n\nSome words of the first chapter.\n\n{second}\n\nSome words of the second chapter.\n");

        Assert.Equal(2, book.Chapters.Count);
        Assert.Equal("Some words of the second chapter.", Assert.Single(book.Chapters[1].Blocks).Text);
    }

    [Fact]
    public void Read_CapitalHeadings_AreTitleCased()
    {
        var book = Read("I. A SCANDAL IN THE ENGINEER’S RED-HEADED CLUB\n\nText.\n\nII. THE END OF IT\n\nText.\n");

        Assert.Equal("I. A Scandal in the Engineer’s Red-Headed Club", book.Chapters[0].Title);
    }

    [Fact]
    public void Read_PartAboveChapter_IsReadBeforeTheTitleOfThatChapter()
    {
        var book = Read("PART ONE\n\nCHAPTER 1\n\nText one.\n\nCHAPTER 2\n\nText two.\n");

        Assert.Equal(["Chapter 1", "Chapter 2"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["Part One"], book.Chapters[0].PartTitles);
        Assert.Empty(book.Chapters[1].PartTitles);
        Assert.Equal("Text one.", book.Chapters[0].Blocks[0].Text);
    }

    [Fact]
    public void Read_RomanSectionsInsideTitledStories_AreHeadingBlocks()
    {
        var book = Read("I. THE FIRST CASE\n\nI.\n\nText.\n\nII.\n\nMore.\n\nII. THE SECOND CASE\n\nText.\n");

        Assert.Equal(2, book.Chapters.Count);
        Assert.Equal(["I.", "Text.", "II.", "More."], book.Chapters[0].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_IndentedVerse_KeepsLineBreaks()
    {
        var book = Read("A line of prose.\n\n    Twinkle, little lamp,\n    Over the damp.\n");

        Assert.Equal("Twinkle, little lamp,\nOver the damp.", book.Chapters[0].Blocks[1].Text);
    }

    [Fact]
    public void Read_NoHeadings_OneChapterTitledFromTitleAndByLines()
    {
        var book = Read("The Small Book\n\nby Ann Other\n\nOnce upon a time.\n");

        Assert.Equal("The Small Book", book.Title);
        Assert.Equal("Ann Other", book.Author);
        Assert.Single(book.Chapters);
    }

    [Fact]
    public void Read_IllustrationsSeparatorsAndUnderscores_AreCleaned()
    {
        var book = Read("[Illustration: a lamp]\n\nIt was _very_ dark.\n\n   *    *    *\n\nsnake_case stays.\n");

        Assert.Equal(["It was very dark.", "snake_case stays."], book.Chapters[0].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_Latin1Fixture_FallsBackWithWarning()
    {
        var book = BookReader.Read(TestFiles.Fixture("latin1.txt"));

        Assert.Contains("café", book.Chapters[0].Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains(book.Warnings, w => w.Contains("not valid UTF-8", StringComparison.Ordinal) && w.Contains("latin1.txt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Read_ByteOrderMark_DecidesEncoding(string encoding)
    {
        var text = "Crème brûlée, “quoted”.";
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        };

        var book = BookReader.Read(TestFiles.Temp("enc.txt", bytes));

        Assert.Equal(text, book.Chapters[0].Blocks[0].Text);
        Assert.Empty(book.Warnings);
    }

    [Fact]
    public void Read_TwoMegabyteParagraph_IsOneBlock()
    {
        var line = "many words in a very long run";
        var text = string.Join('\n', Enumerable.Repeat(line, 70_000));

        var block = Assert.Single(Read(text).Chapters[0].Blocks);

        Assert.Equal((line.Length + 1) * 70_000 - 1, block.Text.Length);
    }

    [Fact]
    public void Read_EmptyText_SaysThereIsNothingToNarrate()
    {
        var error = Assert.Throws<BookException>(() => BookReader.Read(TestFiles.Temp("empty.txt", "\n\n   \n")));

        Assert.Contains("'empty.txt' has no text to narrate", error.Message, StringComparison.Ordinal);
    }
}
