namespace Narrator.Books.Tests;

public sealed class EpubStructureTests
{
    private const string Words = "<p>Plenty of ordinary words are written here for the reader.</p>";

    [Fact]
    public void Read_Epub2WithNcxOnly_TitlesChaptersFromNcxAndReadsMetaCover()
    {
        var book = BookReader.Read(TestFiles.Fixture("lighthouse-epub2.epub"));

        Assert.Equal(["The Keeper", "The Storm", "The Morning"], book.Chapters.Select(c => c.Title));
        Assert.Equal("image/png", book.Cover?.MediaType);
        Assert.Equal("OEBPS/text/part1.html", book.Chapters[0].Blocks[0].Location.File);
    }

    [Fact]
    public void Read_Epub2_GuideMarksCopyrightAsFrontMatter()
    {
        var book = BookReader.Read(TestFiles.Fixture("lighthouse-epub2.epub"), new BookReadOptions { IncludeFrontMatter = true });

        Assert.Equal(ChapterKind.FrontMatter, book.Chapters[0].Kind);
        Assert.Equal(ChapterKind.Body, book.Chapters[1].Kind);
    }

    [Fact]
    public void Read_TocPointingAtAnchors_StartsChaptersThere()
    {
        var book = BookReader.Read(TestFiles.Fixture("lighthouse-anchors.epub"));

        Assert.Equal(["Part One", "The Keeper", "The Storm", "The Morning"], book.Chapters.Select(c => c.Title));
        Assert.StartsWith("Marta Olsen had kept", book.Chapters[1].Blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The storm came in October", book.Chapters[2].Blocks[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("she told the lamp that it had done well.", book.Chapters[3].Blocks[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TocPointingAtAnchors_TextBeforeTheAnchorStaysWithPreviousChapter()
    {
        var files = new[] { ("a.xhtml", "<h1>One</h1>" + Words), ("b.xhtml", "<p>Tail of chapter one, still.</p><h1 id=\"two\">Two</h1>" + Words) };
        var path = EpubBuilder.Standard(files, [("a.xhtml", "One"), ("b.xhtml#two", "Two")]).Write();

        var book = BookReader.Read(path);

        Assert.Equal("Tail of chapter one, still.", book.Chapters[0].Blocks[^1].Text);
        Assert.Equal(["One", "Two"], book.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void Read_NestedTocUnderSinglePart_UsesChildrenAsChaptersAndPartKeepsTextBeforeThem()
    {
        var book = BookReader.Read(TestFiles.Fixture("lighthouse-anchors.epub"));

        Assert.Equal("A preface that belongs to no chapter of the TOC.", Assert.Single(book.Chapters[0].Blocks).Text);
        Assert.Equal(4, book.Chapters.Count);
    }

    [Fact]
    public void Read_EmptyPartTitleInToc_IsReadBeforeTheTitleOfItsFirstChapter()
    {
        var files = new[] { ("p.xhtml", "<h1>Part One</h1>"), ("a.xhtml", "<h1>One</h1>" + Words), ("b.xhtml", "<h1>Two</h1>" + Words) };
        var nav = "<li><a href=\"p.xhtml\">Part One</a><ol><li><a href=\"a.xhtml\">One</a></li><li><a href=\"b.xhtml\">Two</a></li></ol></li>";
        var path = EpubBuilder.Standard(files).Add("OEBPS/nav.xhtml", EpubBuilder.Xhtml($"<nav epub:type=\"toc\"><ol>{nav}</ol></nav>")).Write();

        var book = BookReader.Read(path);

        Assert.Equal(["One", "Two"], book.Chapters.Select(c => c.Title));
        Assert.Equal(["Part One"], book.Chapters[0].PartTitles);
        Assert.Equal("Plenty of ordinary words are written here for the reader.", book.Chapters[0].Blocks[0].Text);
        Assert.Empty(book.Warnings);
    }

    [Fact]
    public void Read_NestedEntriesUnderManyChapters_StayInsideTheirParent()
    {
        var files = Enumerable.Range(1, 4).Select(i => ($"c{i}.xhtml", $"<h1>Chapter {i}</h1>{Words}<h2 id=\"s\">Section</h2>{Words}")).ToList();
        var nav = string.Concat(files.Select((f, i) => $"<li><a href=\"{f.Item1}\">Chapter {i + 1}</a><ol><li><a href=\"{f.Item1}#s\">Section</a></li></ol></li>"));
        var path = EpubBuilder.Standard(files).Add("OEBPS/nav.xhtml", EpubBuilder.Xhtml($"<nav epub:type=\"toc\"><ol>{nav}</ol></nav>")).Write();

        var book = BookReader.Read(path);

        Assert.Equal(4, book.Chapters.Count);
        Assert.Contains(book.Chapters[0].Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Section");
    }

    [Fact]
    public void Read_SpineFileNotInToc_AttachesToPrecedingChapter()
    {
        var files = new[] { ("a.xhtml", "<h1>One</h1>" + Words), ("extra.xhtml", "<p>An untitled continuation.</p>"), ("b.xhtml", "<h1>Two</h1>" + Words) };
        var path = EpubBuilder.Standard(files, [("a.xhtml", "One"), ("b.xhtml", "Two")]).Write();

        var book = BookReader.Read(path);

        Assert.Equal(2, book.Chapters.Count);
        Assert.Equal("An untitled continuation.", book.Chapters[0].Blocks[^1].Text);
    }

    [Fact]
    public void Read_ImageOnlyChapter_IsSkippedWithWarning()
    {
        var files = new[] { ("a.xhtml", "<h1>One</h1>" + Words), ("plate.xhtml", "<h1>Plate</h1><figure><img src=\"p.png\" alt=\"A plate\"/><figcaption>The plate.</figcaption></figure>"), ("b.xhtml", "<h1>Two</h1>" + Words) };
        var path = EpubBuilder.Standard(files, [("a.xhtml", "One"), ("plate.xhtml", "Plate"), ("b.xhtml", "Two")]).Write();

        var book = BookReader.Read(path);

        Assert.Equal(["One", "Two"], book.Chapters.Select(c => c.Title));
        Assert.Contains(book.Warnings, w => w.Contains("'Plate'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WithoutToc_MakesOneChapterPerSpineFileTitledByHeading()
    {
        var files = new[] { ("a.xhtml", "<h1>First Light</h1>" + Words), ("b.xhtml", Words) };
        var path = EpubBuilder.Standard(files).Write();

        var book = BookReader.Read(path);

        Assert.Equal(["First Light", "Chapter 2"], book.Chapters.Select(c => c.Title));
        Assert.Contains(book.Warnings, w => w.Contains("no table of contents", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NonLinearSpineItem_IsNotBody()
    {
        var files = new[] { ("a.xhtml", "<h1>One</h1>" + Words), ("aside.xhtml", "<p>An aside the publisher marked non-linear.</p>") };
        var builder = EpubBuilder.Standard(files, [("a.xhtml", "One")]);
        var path = builder.Opf("<item id=\"f0\" href=\"a.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"f1\" href=\"aside.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>", "<itemref idref=\"f0\"/><itemref idref=\"f1\" linear=\"no\"/>").Write();

        var book = BookReader.Read(path);

        Assert.Equal("One", Assert.Single(book.Chapters).Title);
        Assert.DoesNotContain(book.Chapters[0].Blocks, b => b.Text.Contains("non-linear", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<section epub:type=\"copyright-page\"><h1>Legal</h1><p>All rights reserved to nobody.</p></section>", "Legal")]
    [InlineData("<section epub:type=\"dedication\"><p>For the keepers of lights.</p></section>", "Dedication")]
    [InlineData("<p>Thanks to everyone who read the drafts.</p>", "Contents")]
    [InlineData("<p>Ships, 1; storms, 2.</p>", "Index")]
    public void Read_FrontOrBackMatter_IsSkippedUnlessIncluded(string body, string title)
    {
        var files = new[] { ("m.xhtml", body), ("a.xhtml", "<h1>One</h1>" + Words) };
        var path = EpubBuilder.Standard(files, [("m.xhtml", title), ("a.xhtml", "One")]).Write();

        var skipped = BookReader.Read(path);
        var included = BookReader.Read(path, new BookReadOptions { IncludeFrontMatter = true, IncludeBackMatter = true });

        Assert.Equal("One", Assert.Single(skipped.Chapters).Title);
        Assert.Equal(title, included.Chapters[0].Title);
        Assert.NotEqual(ChapterKind.Body, included.Chapters[0].Kind);
    }

    [Fact]
    public void Read_Xhtml_DropsPageMarkersNoteRefsScriptsAndCaptions()
    {
        var body = "<h1>One</h1><p>Before<span id=\"page12\"/> after<sup><a href=\"#fn1\">1</a></sup> and<a href=\"#n2\">[2]</a> more<span epub:type=\"pagebreak\" title=\"13\">13</span> text.</p>"
            + "<script>var x = 1;</script><style>p { }</style><figure><img src=\"i.png\"/><figcaption>A caption.</figcaption></figure>"
            + "<div role=\"doc-pagebreak\">14</div><p class=\"x\"><span class=\"pageno\">[Pg 15]</span>Last words here.</p>";
        var path = EpubBuilder.Standard([("a.xhtml", body)], [("a.xhtml", "One")]).Write();

        var blocks = BookReader.Read(path).Chapters[0].Blocks;

        Assert.Equal(["Before after and more text.", "Last words here."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_Xhtml_MapsElementsToBlockKindsAndCollapsesWhitespace()
    {
        var body = "<h1>One</h1><p>  A   plain\n   paragraph. </p><p>“Hello,” she said.</p><p>'Hi,' he said.</p><h3>A Scene</h3>"
            + "<ul><li>First item</li><li><p>Second item</p></li></ul><blockquote><p>Quoted words.</p></blockquote>";
        var path = EpubBuilder.Standard([("a.xhtml", body)], [("a.xhtml", "One")]).Write();

        var blocks = BookReader.Read(path).Chapters[0].Blocks;

        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Dialogue, BlockKind.Dialogue, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem, BlockKind.BlockQuote],
            blocks.Select(b => b.Kind));
        Assert.Equal("A plain paragraph.", blocks[0].Text);
    }

    [Fact]
    public void Read_Footnotes_EndnoteSectionsAndAsidesReadAtChapterEnd()
    {
        var body = "<h1>One</h1><p>Main text<a epub:type=\"noteref\" href=\"#e1\">*</a> goes on.</p><aside><p>An aside note.</p></aside>"
            + "<p>More main text.</p><section role=\"doc-endnotes\"><ol><li id=\"e1\">The endnote.</li></ol></section>";
        var path = EpubBuilder.Standard([("a.xhtml", body)], [("a.xhtml", "One")]).Write();

        var dropped = BookReader.Read(path).Chapters[0].Blocks;
        var read = BookReader.Read(path, new BookReadOptions { ReadFootnotes = true }).Chapters[0].Blocks;

        Assert.Equal(["Main text goes on.", "More main text."], dropped.Select(b => b.Text));
        Assert.Equal(["Main text goes on.", "More main text.", "An aside note.", "The endnote."], read.Select(b => b.Text));
        Assert.Equal(2, read.Count(b => b.Kind == BlockKind.Footnote));
    }

    [Theory]
    [InlineData("footnote")]
    [InlineData("endnotes")]
    [InlineData("fn")]
    public void Read_Epub2FootnoteByClassOnly_LeftOutOfTheText(string cssClass)
    {
        var body = $"<h1>One</h1><p>Main text<sup><a href=\"#n1\">1</a></sup> goes on.</p><div class=\"{cssClass}\"><p id=\"n1\">1. The note itself.</p></div><p>More main text.</p>";
        var path = EpubBuilder.Standard([("a.xhtml", body)], [("a.xhtml", "One")]).Write();

        var blocks = BookReader.Read(path).Chapters[0].Blocks;

        Assert.Equal(["Main text goes on.", "More main text."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_SsmlAlphabetOnElement_IsUsedForItsHint()
    {
        var body = "<h1>One</h1><p>Say <span ssml:alphabet=\"x-sampa\" ssml:ph=\"t@\"> tomato </span> now.</p>";
        var path = EpubBuilder.Standard([("a.xhtml", body)], [("a.xhtml", "One")]).Write();

        var block = BookReader.Read(path).Chapters[0].Blocks[0];

        var hint = Assert.Single(block.Hints);
        Assert.Equal("tomato", block.Text.Substring(hint.Start, hint.Length));
        Assert.Equal("x-sampa", hint.Alphabet);
    }

    [Fact]
    public void Read_ZipWithOtherExtension_IsSniffedAsEpub()
    {
        var path = EpubBuilder.Standard([("a.xhtml", "<h1>One</h1>" + Words)], [("a.xhtml", "One")]).Write("book.bin");

        var book = BookReader.Read(path);

        Assert.Equal(BookFormat.Epub, book.Format);
        Assert.Equal("Test Book", book.Title);
        Assert.Equal("A. Writer", book.Author);
        Assert.Equal("en-GB", book.Language);
    }

    [Fact]
    public void Read_TwoMegabyteParagraph_IsOneBlock()
    {
        var text = string.Concat(Enumerable.Repeat("many words in a very long run ", 70_000));
        var path = EpubBuilder.Standard([("a.xhtml", $"<h1>One</h1><p>{text}</p>")], [("a.xhtml", "One")]).Write();

        var block = Assert.Single(BookReader.Read(path).Chapters[0].Blocks);

        Assert.Equal(text.TrimEnd().Length, block.Text.Length);
    }

    [Fact]
    public void Read_LanguageDeclaredOnElements_KeptOnBlocksWhollyInThatLanguage()
    {
        var body = "<p>An English paragraph.</p><p xml:lang=\"he\">שומר המגדלור</p><div lang=\"fr\"><p>Le gardien.</p></div>"
            + "<p><i xml:lang=\"la\">Lorem ipsum</i>.</p><p>A <i lang=\"fr\">bon mot</i> in English.</p>";
        var path = EpubBuilder.Standard([("a.xhtml", "<h1>One</h1>" + body)], [("a.xhtml", "One")]).Write();

        var blocks = BookReader.Read(path).Chapters[0].Blocks;

        Assert.Equal([null, "he", "fr", "la", null], blocks.Select(b => b.Language));
    }
}
