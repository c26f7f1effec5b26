namespace Narrator.Books.Tests;

public sealed class BookReadOptionsTests
{
    [Fact]
    public void Default_Values_AreDocumentedOnes()
    {
        var options = BookReadOptions.Default;

        Assert.False(options.IncludeFrontMatter);
        Assert.False(options.IncludeBackMatter);
        Assert.False(options.ReadFootnotes);
        Assert.Equal(64L * 1024 * 1024, options.MaxEntryBytes);
        Assert.Equal(512L * 1024 * 1024, options.MaxTotalBytes);
    }

    [Fact]
    public void Read_InvalidOptions_ReportsEveryProblemInOneException()
    {
        var path = TestFiles.Temp("a.txt", "Some text.");

        var error = Assert.Throws<BookException>(() => BookReader.Read(path, new BookReadOptions { MaxEntryBytes = 10, MaxTotalBytes = 5 }));

        Assert.Contains("entry size limit (10 bytes)", error.Message, StringComparison.Ordinal);
        Assert.Contains("total size limit (5 bytes) must be at least", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_NamesTheFile()
    {
        var error = Assert.Throws<BookException>(() => BookReader.Read("/no/such/book.epub"));

        Assert.Contains("/no/such/book.epub", error.Message, StringComparison.Ordinal);
    }
}
