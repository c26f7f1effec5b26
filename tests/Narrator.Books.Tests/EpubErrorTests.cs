namespace Narrator.Books.Tests;

public sealed class EpubErrorTests
{
    private const string Words = "<p>Plenty of ordinary words are written here for the reader.</p>";

    private static EpubBuilder Valid() => EpubBuilder.Standard([("a.xhtml", "<h1>One</h1>" + Words)], [("a.xhtml", "One")]);

    private static BookException Fails(string path, BookReadOptions? options = null) =>
        Assert.Throws<BookException>(() => BookReader.Read(path, options));

    [Fact]
    public void Read_CorruptZip_SaysDamagedAndNamesFile()
    {
        var path = TestFiles.Temp("broken.epub", [.. "PK\u0003\u0004"u8, .. new byte[200]]);

        var error = Fails(path);

        Assert.Contains("'broken.epub'", error.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingContainer_SaysContainerIsMissing()
    {
        var path = new EpubBuilder().Add("OEBPS/a.xhtml", EpubBuilder.Xhtml(Words)).Write("nocontainer.epub");

        var error = Fails(path);

        Assert.Contains("'nocontainer.epub'", error.Message, StringComparison.Ordinal);
        Assert.Contains("META-INF/container.xml is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingPackageDocument_NamesTheEntry()
    {
        var path = new EpubBuilder().Container("OEBPS/book.opf").Write();

        var error = Fails(path);

        Assert.Contains("'OEBPS/book.opf'", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedPackageDocument_NamesEntryAndLine()
    {
        var path = new EpubBuilder().Container().Add("OEBPS/content.opf", "<package>\n<metadata>\n</package>").Write();

        var error = Fails(path);

        Assert.Contains("'OEBPS/content.opf' is not well-formed XML (line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoSpine_SaysSo()
    {
        var path = new EpubBuilder().Container().Opf("<item id=\"a\" href=\"a.xhtml\" media-type=\"application/xhtml+xml\"/>", "").Add("OEBPS/a.xhtml", EpubBuilder.Xhtml(Words)).Write("nospine.epub");

        var error = Fails(path);

        Assert.Contains("'nospine.epub'", error.Message, StringComparison.Ordinal);
        Assert.Contains("has no spine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SpineFileMissingFromZip_NamesTheEntry()
    {
        var path = new EpubBuilder().Container().Opf("<item id=\"a\" href=\"gone.xhtml\" media-type=\"application/xhtml+xml\"/>", "<itemref idref=\"a\"/>").Write();

        var error = Fails(path);

        Assert.Contains("'OEBPS/gone.xhtml' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AllChaptersEmpty_SaysThereIsNoText()
    {
        var path = EpubBuilder.Standard([("a.xhtml", "<h1>One</h1><img src=\"x.png\"/>")], [("a.xhtml", "One")]).Write("pictures.epub");

        var error = Fails(path);

        Assert.Contains("'pictures.epub' has no text to narrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncryptedContent_RefusesAsDrm()
    {
        var encryption = "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\">"
            + "<enc:EncryptedData><enc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/>"
            + "<enc:CipherData><enc:CipherReference URI=\"OEBPS/a.xhtml\"/></enc:CipherData></enc:EncryptedData></encryption>";
        var path = Valid().Add("META-INF/encryption.xml", encryption).Write("locked.epub");

        var error = Fails(path);

        Assert.Contains("'locked.epub' is encrypted (DRM)", error.Message, StringComparison.Ordinal);
        Assert.Contains("OEBPS/a.xhtml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RightsFile_RefusesAsDrm()
    {
        var error = Fails(Valid().Add("META-INF/rights.xml", "<rights/>").Write());

        Assert.Contains("encrypted (DRM)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ObfuscatedFontsOnly_ReadsTheBook()
    {
        var encryption = "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\">"
            + "<enc:EncryptedData><enc:EncryptionMethod Algorithm=\"http://www.idpf.org/2008/embedding\"/>"
            + "<enc:CipherData><enc:CipherReference URI=\"OEBPS/fonts/serif.otf\"/></enc:CipherData></enc:EncryptedData></encryption>";

        var book = BookReader.Read(Valid().Add("META-INF/encryption.xml", encryption).Write());

        Assert.Equal("One", Assert.Single(book.Chapters).Title);
    }

    [Theory]
    [InlineData("../../evil.xhtml")]
    [InlineData("..\\..\\evil.xhtml")]
    [InlineData("/etc/passwd")]
    public void Read_ReferenceOutsideTheBook_IsRefused(string href)
    {
        var path = new EpubBuilder().Container()
            .Opf($"<item id=\"a\" href=\"{href}\" media-type=\"application/xhtml+xml\"/>", "<itemref idref=\"a\"/>")
            .Add("../evil.xhtml", EpubBuilder.Xhtml(Words))
            .Write("traversal.epub");

        var error = Fails(path);

        Assert.Contains("'traversal.epub'", error.Message, StringComparison.Ordinal);
        Assert.Contains(href, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntryDeclaringPastLimit_IsRefusedBeforeInflating()
    {
        var big = "<h1>One</h1><p>" + new string('a', 200_000) + "</p>";
        var path = EpubBuilder.Standard([("a.xhtml", big)], [("a.xhtml", "One")]).Write("bomb.epub");

        var error = Fails(path, new BookReadOptions { MaxEntryBytes = 100_000 });

        Assert.Contains("'bomb.epub'", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"the entry 'OEBPS/a\.xhtml' declares 2\d{5} bytes, past the limit of 100000", error.Message);
    }

    [Fact]
    public void Read_ChapterInflatingPastTheDocumentLimit_IsRefusedNamingTheEntry()
    {
        var big = "<h1>One</h1><p>" + new string('a', 200_000) + "</p>";
        var path = EpubBuilder.Standard([("a.xhtml", big)], [("a.xhtml", "One")]).Write("huge chapter.epub");

        var error = Fails(path, new BookReadOptions { MaxDocumentBytes = 100_000 });

        Assert.Contains("'OEBPS/a.xhtml' inflates past the limit of 100000 bytes (MaxDocumentBytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BookInflatingPastTotalLimit_IsRefused()
    {
        var files = Enumerable.Range(1, 5).Select(i => ($"c{i}.xhtml", $"<h1>C{i}</h1><p>{new string('b', 50_000)}</p>"));
        var path = EpubBuilder.Standard(files).Write();

        var error = Fails(path, new BookReadOptions { MaxEntryBytes = 100_000, MaxTotalBytes = 150_000 });

        Assert.Contains("MaxTotalBytes", error.Message, StringComparison.Ordinal);
    }
}
