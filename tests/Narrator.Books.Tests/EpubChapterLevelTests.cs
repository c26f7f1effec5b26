namespace Narrator.Books.Tests;

/// <summary>Which level of a nested table of contents becomes the chapters, and how part titles are read.</summary>
public sealed class EpubChapterLevelTests
{
    private const string Words = "<p>Plenty of ordinary words are written here for the reader.</p>";

    [Fact]
    public void Read_FourPartsHoldingChapters_EntriesUnderThePartsAreTheChapters()
    {
        var book = BookReader.Read(Parts(["Part One", "Part Two", "Part Three", "Part Four"], ["The Thaw", "The Flood"]));

        Assert.Equal(8, book.Chapters.Count);
        Assert.Equal(["The Thaw 1", "The Flood 1", "The Thaw 2"], book.Chapters.Take(3).Select(c => c.Title));
        Assert.Equal(["Part One"], book.Chapters[0].PartTitles);
        Assert.Empty(book.Chapters[1].PartTitles);
        Assert.Equal(["Part Two"], book.Chapters[2].PartTitles);
        Assert.Equal("Plenty of ordinary words are written here for the reader.", book.Chapters[2].Blocks[0].Text);
    }

    [Fact]
    public void Read_FreelyNamedPartsOverNumberedChapters_ChaptersAreTheNumberedEntries()
    {
        var book = BookReader.Read(Parts(["Spring", "Summer", "Autumn", "Winter"], ["Chapter"]));

        Assert.Equal(["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["Winter"], book.Chapters[3].PartTitles);
    }

    [Fact]
    public void Read_BookOverPartsOverChaptersOverSections_ChaptersAreTheThirdLevelAndSectionsStayInside()
    {
        var parts = Enumerable.Range(1, 4).Select(p => Li($"p{p}.xhtml", $"Part {p}", Li($"c{p}a.xhtml", $"Chapter {p}a", Li($"c{p}a.xhtml#s", "A section")) + Li($"c{p}b.xhtml", $"Chapter {p}b")));
        var files = Enumerable.Range(1, 4).SelectMany(p => new[] { ($"p{p}.xhtml", $"<h1>Part {p}</h1>"), ($"c{p}a.xhtml", $"<h2>Chapter {p}a</h2>{Words}<h3 id=\"s\">A section</h3>{Words}"), ($"c{p}b.xhtml", $"<h2>Chapter {p}b</h2>{Words}") });
        var nav = Li("title.xhtml", "The Whole Story", string.Concat(parts));

        var book = BookReader.Read(Build([("title.xhtml", "<h1>The Whole Story</h1>"), .. files], nav));

        Assert.Equal(8, book.Chapters.Count);
        Assert.Equal(["The Whole Story", "Part 1"], book.Chapters[0].PartTitles);
        Assert.Equal(["Part 2"], book.Chapters[2].PartTitles);
        Assert.Contains(book.Chapters[0].Blocks, b => b.Kind == BlockKind.Heading && b.Text == "A section");
    }

    [Fact]
    public void Read_LabelWithoutLinkOverChapters_IsReadBeforeItsFirstChapter()
    {
        var nav = "<li><span>Hans Christian Andersen</span><ol>" + Li("a.xhtml", "The Real Princess") + Li("b.xhtml", "The Fir Tree") + "</ol></li>" + Li("c.xhtml", "The Happy Prince");
        var files = new[] { ("a.xhtml", "<h1>The Real Princess</h1>" + Words), ("b.xhtml", "<h1>The Fir Tree</h1>" + Words), ("c.xhtml", "<h1>The Happy Prince</h1>" + Words) };

        var book = BookReader.Read(Build(files, nav));

        Assert.Equal(["The Real Princess", "The Fir Tree", "The Happy Prince"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["Hans Christian Andersen"], book.Chapters[0].PartTitles);
        Assert.Empty(book.Chapters[2].PartTitles);
    }

    [Fact]
    public void Read_PartPointingWhereItsFirstChapterStarts_IsReadOnceBeforeThatChapter()
    {
        var nav = Li("a.xhtml", "Part One", Li("a.xhtml", "The Keeper") + Li("b.xhtml", "The Storm")) + Li("c.xhtml", "Part Two", Li("c.xhtml", "The Morning"));
        var files = new[] { ("a.xhtml", "<h1>Part One</h1><h2>The Keeper</h2>" + Words), ("b.xhtml", "<h2>The Storm</h2>" + Words), ("c.xhtml", "<h1>Part Two</h1><h2>The Morning</h2>" + Words) };

        var book = BookReader.Read(Build(files, nav));

        Assert.Equal(["The Keeper", "The Storm", "The Morning"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["Part One"], book.Chapters[0].PartTitles);
        Assert.DoesNotContain(book.Chapters[0].Blocks, b => b.Text == "Part One");
    }

    [Fact]
    public void Read_ChapterLevelOne_KeepsThePartsAsChapters()
    {
        var book = BookReader.Read(Parts(["Part One", "Part Two", "Part Three", "Part Four"], ["The Thaw", "The Flood"]), new BookReadOptions { ChapterLevel = 1 });

        Assert.Equal(["Part One", "Part Two", "Part Three", "Part Four"], book.Chapters.Select(c => c.Title));
        Assert.Contains(book.Chapters[0].Blocks, b => b.Text == "The Flood 1");
    }

    [Fact]
    public void Read_ChapterLevelTwo_MakesSectionsUnderChaptersTheChapters()
    {
        var files = Enumerable.Range(1, 4).Select(i => ($"c{i}.xhtml", $"<h1>Chapter {i}</h1>{Words}<h2 id=\"s\">Section {i}</h2>{Words}")).ToList();
        var nav = string.Concat(files.Select((f, i) => Li(f.Item1, $"Chapter {i + 1}", Li(f.Item1 + "#s", $"Section {i + 1}"))));

        var automatic = BookReader.Read(Build(files, nav));
        var chosen = BookReader.Read(Build(files, nav), new BookReadOptions { ChapterLevel = 2 });

        Assert.Equal(4, automatic.Chapters.Count);
        Assert.Equal(["Chapter 1", "Section 1", "Chapter 2"], chosen.Chapters.Take(3).Select(c => c.Title));
        Assert.Empty(chosen.Chapters[1].PartTitles);
    }

    [Fact]
    public void Read_ChapterLevelDeeperThanTheToc_WarnsAndUsesTheDeepestEntries()
    {
        var book = BookReader.Read(Parts(["Part One", "Part Two"], ["Scene"]), new BookReadOptions { ChapterLevel = 4 });

        Assert.Equal(["Scene 1", "Scene 2"], book.Chapters.Select(c => c.Title));
        Assert.Contains(book.Warnings, w => w.Contains("chapter level 4 was asked for, but the table of contents has 2 level(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_HoursLongChapterHoldingEntries_WarnsNamingTheChapterLevelToTry()
    {
        var long_ = "<p>" + string.Concat(Enumerable.Repeat("word ", 19_000)) + "</p>";
        var nav = Li("a.xhtml", "Innocence", Li("a.xhtml#x", "Arrival") + Li("a.xhtml#y", "Departure")) + Li("b.xhtml", "Experience") + Li("c.xhtml", "Coda") + Li("d.xhtml", "After");
        var files = new[] { ("a.xhtml", $"<h1>Innocence</h1><h2 id=\"x\">Arrival</h2>{long_}<h2 id=\"y\">Departure</h2>{Words}"), ("b.xhtml", Words), ("c.xhtml", Words), ("d.xhtml", Words) };

        var book = BookReader.Read(Build(files, nav));

        Assert.Equal(4, book.Chapters.Count);
        Assert.Contains(book.Warnings, w => w.Contains("'Innocence' is about 2", StringComparison.Ordinal) && w.Contains("--chapter-level 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Read_ChapterLevelOutOfRange_IsRefusedNamingTheRange(int level)
    {
        var error = Assert.Throws<BookException>(() => BookReader.Read(TestFiles.Temp("a.txt", "Some text."), new BookReadOptions { ChapterLevel = level }));

        Assert.Contains($"chapter level ({level}) must be between 1 and 9", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Parts, each an empty page holding one chapter per title ("The Thaw 1", "The Flood 1").</summary>
    private static string Parts(string[] parts, string[] chapters)
    {
        var files = new List<(string, string)>();
        var nav = "";
        var n = 0;
        for (var p = 0; p < parts.Length; p++)
        {
            files.Add(($"p{p}.xhtml", $"<h1>{parts[p]}</h1>"));
            var items = "";
            foreach (var chapter in chapters)
            {
                var title = chapters.Length == 1 ? $"{chapter} {++n}" : $"{chapter} {p + 1}";
                files.Add(($"c{files.Count}.xhtml", $"<h2>{title}</h2>{Words}"));
                items += Li($"c{files.Count - 1}.xhtml", title);
            }

            nav += Li($"p{p}.xhtml", parts[p], items);
        }

        return Build(files, nav);
    }

    private static string Li(string href, string title, string children = "") =>
        $"<li><a href=\"{href}\">{title}</a>{(children.Length > 0 ? $"<ol>{children}</ol>" : "")}</li>";

    private static string Build(IEnumerable<(string Name, string Body)> files, string navItems) =>
        EpubBuilder.Standard(files).Add("OEBPS/nav.xhtml", EpubBuilder.Xhtml($"<nav epub:type=\"toc\"><ol>{navItems}</ol></nav>")).Write();
}
