namespace Narrator.Books.Tests;

/// <summary>Public-domain books in ../shared/data/books (never copied into the repository); skipped when absent.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "shared-data")]
public sealed class RealBookTests
{
    private const string AliceEpub = "alice_in_wonderland_pg19033.epub";
    private const string AliceText = "pg11_alices_adventures_in_wonderland.txt";
    private const string Sherlock = "pg1661_the_adventures_of_sherlock_holmes.txt";

    private static Book Read(string name) => BookReader.Read(Path.Combine(TestFiles.SharedBooks, name));

    [RealBookFact(AliceEpub)]
    public void Read_AliceEpub_HasTenChaptersTitledFromItsToc()
    {
        var book = Read(AliceEpub);

        // This illustrated edition (Gordon Robinson, 1916) has 10 chapters; its TOC lists them after a title page.
        Assert.Equal(10, book.Chapters.Count);
        Assert.Equal("Down The Rabbit-Hole", book.Chapters[0].Title);
        Assert.Equal("Alice's Evidence", book.Chapters[^1].Title);
        Assert.Equal("Alice's Adventures in Wonderland", book.Title);
        Assert.Equal("Lewis Carroll", book.Author);
        Assert.Equal("image/jpeg", book.Cover?.MediaType);
        Assert.All(book.Chapters, c => Assert.True(c.WordCount > 500, $"{c.Title}: {c.WordCount} words"));
        Assert.StartsWith("Alice was beginning to get very tired", book.Chapters[0].Blocks[0].Text, StringComparison.Ordinal);
    }

    [RealBookFact(AliceEpub)]
    public void Read_AliceEpub_PageAnchorsLeaveNoTrace()
    {
        var text = string.Join(' ', Read(AliceEpub).Chapters.SelectMany(c => c.Blocks).Select(b => b.Text));

        Assert.DoesNotContain("[Pg", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Illo", text, StringComparison.Ordinal);
    }

    [RealBookFact(AliceText)]
    public void Read_AliceText_HasTwelveChaptersAfterItsContentsList()
    {
        var book = Read(AliceText);

        Assert.Equal(12, book.Chapters.Count);
        Assert.Equal("Chapter I. Down the Rabbit-Hole", book.Chapters[0].Title);
        Assert.Equal("Chapter XII. Alice’s Evidence", book.Chapters[^1].Title);
        Assert.Equal("Alice’s Adventures in Wonderland", book.Title);
        Assert.Equal("Lewis Carroll", book.Author);
        Assert.StartsWith("Alice was beginning to get very tired of sitting by her sister on the bank,", book.Chapters[0].Blocks[0].Text, StringComparison.Ordinal);
    }

    [RealBookFact(Sherlock)]
    public void Read_Sherlock_HasItsTwelveAdventures()
    {
        var book = Read(Sherlock);

        Assert.Equal(12, book.Chapters.Count);
        Assert.Equal("I. A Scandal in Bohemia", book.Chapters[0].Title);
        Assert.Equal("XII. The Adventure of the Copper Beeches", book.Chapters[^1].Title);
        Assert.Equal("Arthur Conan Doyle", book.Author);
        Assert.All(book.Chapters, c => Assert.InRange(c.WordCount, 5000, 12000));
    }
}
