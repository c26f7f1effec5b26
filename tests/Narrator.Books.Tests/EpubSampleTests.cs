using Narrator.Phonemes.Pronunciation;

namespace Narrator.Books.Tests;

/// <summary>samples/the-lighthouse.epub, made by samples/make-epub.py from samples/the-lighthouse.md.</summary>
public sealed class EpubSampleTests
{
    private static readonly string Sample = TestFiles.Sample("the-lighthouse.epub");

    [Fact]
    public void Read_Sample_ReadsMetadataAndCover()
    {
        var book = BookReader.Read(Sample);

        Assert.Equal(BookFormat.Epub, book.Format);
        Assert.Equal("The Lighthouse", book.Title);
        Assert.Equal("Narrator contributors", book.Author);
        Assert.Equal("en", book.Language);
        Assert.Equal("image/png", book.Cover!.MediaType);
        Assert.Equal(0x89, book.Cover.Data.Span[0]);
    }

    [Fact]
    public void Read_Sample_HasThreeChaptersTitledFromTheToc()
    {
        var book = BookReader.Read(Sample);

        Assert.Equal(["The Keeper", "The Storm", "The Morning"], book.Chapters.Select(c => c.Title));
        Assert.Equal([1, 2, 3], book.Chapters.Select(c => c.Index));
        Assert.All(book.Chapters, c => Assert.DoesNotContain(c.Blocks, b => b.Kind == BlockKind.Heading && b.Text == c.Title));
    }

    [Fact]
    public void Read_SampleWithFrontMatter_IncludesCopyrightPageFirst()
    {
        var book = BookReader.Read(Sample, new BookReadOptions { IncludeFrontMatter = true });

        Assert.Equal("Copyright", book.Chapters[0].Title);
        Assert.Equal(ChapterKind.FrontMatter, book.Chapters[0].Kind);
        Assert.Equal(4, book.Chapters.Count);
    }

    [Fact]
    public void Read_Sample_RemovesNoteReferenceAndDropsFootnote()
    {
        var first = BookReader.Read(Sample).Chapters[0];

        Assert.StartsWith("Marta Olsen had kept the light on Skarholm for eleven winters, and in all", first.Blocks[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Blocks, b => b.Text.Contains("northern islands", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SampleReadingFootnotes_PutsFootnoteAtChapterEnd()
    {
        var first = BookReader.Read(Sample, new BookReadOptions { ReadFootnotes = true }).Chapters[0];

        Assert.Equal(BlockKind.Footnote, first.Blocks[^1].Kind);
        Assert.StartsWith("Keepers on the northern islands", first.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.Equal(1, first.Blocks.Count(b => b.Kind == BlockKind.Footnote));
    }

    [Fact]
    public void Read_Sample_SsmlPhonemeBecomesHintOverItsWord()
    {
        var block = BookReader.Read(Sample).Chapters[0].Blocks[0];

        var hint = Assert.Single(block.Hints);
        Assert.Equal("Skarholm", block.Text.Substring(hint.Start, hint.Length));
        Assert.Equal("ˈskɑːrhoʊm", hint.Phonemes);
        Assert.Equal("ipa", hint.Alphabet);
    }

    [Fact]
    public void Read_Sample_ReadsPlsLexicon()
    {
        var lexicon = BookReader.Read(Sample).Lexicon;

        Assert.Contains(new PronunciationEntry("Skarholm", "ˈskɑːrhoʊm", "ipa"), lexicon);
        Assert.Contains(new PronunciationEntry("MARTA", "ˈmɑːrtə", "ipa"), lexicon);
        Assert.Contains(new PronunciationEntry("Olsen", null, "ipa", "Olson"), lexicon);
    }

    [Fact]
    public void Read_Sample_KeepsBlockKindsAndSourceLines()
    {
        var storm = BookReader.Read(Sample).Chapters[1];

        Assert.Contains(storm.Blocks, b => b.Kind == BlockKind.BlockQuote && b.Text.StartsWith("A green light to starboard", StringComparison.Ordinal));
        Assert.Equal(3, storm.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.All(storm.Blocks, b => Assert.Equal("OEBPS/chapter2.xhtml", b.Location.File));
        Assert.Equal(8, storm.Blocks[0].Location.Line);
    }

    [Fact]
    public void Read_Sample_SameWordsAsTheMarkdownStory()
    {
        var epub = BookReader.Read(Sample);
        var markdown = BookReader.Read(TestFiles.Sample("the-lighthouse.md"));

        Assert.Equal(markdown.Chapters.Select(c => c.Title), epub.Chapters.Select(c => c.Title));
        Assert.Equal(markdown.Chapters.Select(c => c.WordCount), epub.Chapters.Select(c => c.WordCount));
    }
}
