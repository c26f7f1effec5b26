using System.Text;

namespace Narrator.Books.Tests;

/// <summary>What is not a manuscript is refused by its content, whatever its name; images in an EPUB's reading order are skipped.</summary>
public sealed class ManuscriptCheckTests
{
    private const string Words = "<p>Plenty of ordinary words are written here for the reader.</p>";

    public static TheoryData<string, byte[], string> NotManuscripts => new()
    {
        { "chapter.txt", [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0], "a WAV or other RIFF audio file" },
        { "book", [.. "%PDF-1.7\n"u8, .. "1 0 obj"u8], "a PDF document" },
        { "book.md", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8], "a JPEG image" },
        { "data.bin", [1, 2, 3, 0, 0, 0, 7, 8, 200, 201], "a binary file" },
        { "page.txt", Encoding.UTF8.GetBytes("\uFEFF<!DOCTYPE html>\n<html><body><p>Hello.</p></body></html>"), "an HTML page" },
        { "chapter.ssml", Encoding.UTF8.GetBytes("Hello there, plain words in a file named .ssml."), "an SSML document" },
        { "chapter.txt", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!-- a scene -->\n<speak version=\"1.1\"><p>Hello.</p></speak>"), "an SSML document" },
    };

    [Theory]
    [MemberData(nameof(NotManuscripts))]
    public void Read_NotAManuscript_RefusedNamingTheFileAndWhatItIs(string name, byte[] content, string what)
    {
        var path = TestFiles.Temp(name, content);

        var e = Assert.Throws<BookException>(() => BookReader.Read(path));

        Assert.Contains($"'{path}' is not a manuscript: it looks like {what}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SsmlDocument_SaysToSpeakItWithSpeakSsmlFile()
    {
        var path = TestFiles.Temp("scene.xml", Encoding.UTF8.GetBytes("<speak><p>Who is there?</p></speak>\n"));

        var e = Assert.Throws<BookException>(() => BookReader.Read(path));

        Assert.Contains($"'{path}' is not a manuscript: it looks like an SSML document", e.Message, StringComparison.Ordinal);
        Assert.Contains($"narrator speak --ssml-file \"{path}\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextStartingWithAWordLikeSpeak_StillReadAsText()
    {
        var path = TestFiles.Temp("speaker.md", Encoding.UTF8.GetBytes("<speaker> notes come first.\n\nThe keeper climbed the stairs at dusk and lit the great lamp.\n"));

        var book = BookReader.Read(path);

        Assert.Contains(book.Chapters.SelectMany(c => c.Blocks), b => b.Text.Contains("keeper climbed", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Utf16TextWithBom_StillReadAsText()
    {
        var path = TestFiles.Temp("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Chapter One\n\nThe keeper climbed the stairs at dusk and lit the great lamp.\n")]);

        var book = BookReader.Read(path);

        Assert.Contains(book.Chapters.SelectMany(c => c.Blocks), b => b.Text.Contains("keeper climbed", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EpubWithAnImageInTheSpine_SkipsItWithAWarning()
    {
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x7A, 0x41, 0x42, 0x43 };
        var path = EpubBuilder.Standard([("one.xhtml", "<h1>One</h1>" + Words), ("two.xhtml", "<h1>Two</h1>" + Words)], [("one.xhtml", "One"), ("two.xhtml", "Two")])
            .Opf(
                "<item id=\"f0\" href=\"one.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"img\" href=\"page.jpg\" media-type=\"image/jpeg\"/>"
                + "<item id=\"f1\" href=\"two.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>",
                "<itemref idref=\"f0\"/><itemref idref=\"img\"/><itemref idref=\"f1\"/>")
            .Add("OEBPS/page.jpg", jpeg)
            .Write();

        var book = BookReader.Read(path);

        Assert.Equal(["One", "Two"], book.Chapters.Select(c => c.Title));
        Assert.DoesNotContain(book.Chapters.SelectMany(c => c.Blocks), b => b.Text.Contains("JFIF", StringComparison.Ordinal));
        Assert.Contains(book.Warnings, w => w.Contains("'OEBPS/page.jpg' (image/jpeg), which is not an XHTML document; it was skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EpubOfImagesOnly_IsRefusedSayingItsPagesAreImages()
    {
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 };
        var path = EpubBuilder.Standard([("one.xhtml", Words)], [("p1.jpg", "Start")])
            .Opf(
                "<item id=\"p1\" href=\"p1.jpg\" media-type=\"image/jpeg\"/><item id=\"p2\" href=\"p2.jpg\" media-type=\"image/jpeg\"/>"
                + "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>",
                "<itemref idref=\"p1\"/><itemref idref=\"p2\"/>")
            .Add("OEBPS/p1.jpg", jpeg)
            .Add("OEBPS/p2.jpg", jpeg)
            .Write("manga.epub");

        var error = Assert.Throws<BookException>(() => BookReader.Read(path));

        Assert.Contains("'manga.epub' has no text to narrate: its reading order holds only pages that are not XHTML text (2 image/jpeg)", error.Message, StringComparison.Ordinal);
    }
}
