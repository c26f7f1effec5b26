namespace Narrator.Books.Tests;

public sealed class MarkdownVoiceTests
{
    private static Book Read(string markdown) => BookReader.Read(TestFiles.Temp("story.md", markdown));

    private static Block Paragraph(string markdown) => Read($"# One\n\n{markdown}\n").Chapters[0].Blocks.Single();

    private static IEnumerable<(string Text, string Voice)> Voiced(Block block) =>
        block.Voices.Select(v => (block.Text.Substring(v.Start, v.Length), v.Voice));

    [Fact]
    public void Read_BracketedSpanWithVoice_GivesItsTextToTheVoiceAndDropsTheMarkup()
    {
        var block = Paragraph("The door opened. [Who is *there*?]{voice=slt} she called.");

        Assert.Equal("The door opened. Who is there? she called.", block.Text);
        Assert.Equal([("Who is there?", "slt")], Voiced(block));
    }

    [Fact]
    public void Read_ParagraphEndingInAttributes_GivesTheWholeParagraphButItsSpansKeepTheirOwn()
    {
        var block = Paragraph("A letter came. [Dear sir,]{voice=\"the Queen\"} it began.\n{.letter voice=kathleen}");

        Assert.Equal("A letter came. Dear sir, it began.", block.Text);
        Assert.Equal([("A letter came. ", "kathleen"), ("Dear sir,", "the Queen"), (" it began.", "kathleen")], Voiced(block));
    }

    [Fact]
    public void Read_AttributesOnTheParagraphsLastLine_CoverTheParagraph()
    {
        var block = Paragraph("It was late. {voice=slt}");

        Assert.Equal("It was late.", block.Text);
        Assert.Equal([("It was late.", "slt")], Voiced(block));
    }

    [Fact]
    public void Read_BracesThatNameNoVoice_StayInTheText()
    {
        var block = Paragraph("The set {1, 2, 3} and [a note]{.aside} stay.");

        Assert.Equal("The set {1, 2, 3} and [a note]{.aside} stay.", block.Text);
        Assert.Empty(block.Voices);
    }

    [Fact]
    public void Read_SpanClosingTheParagraph_GivesOnlyItsOwnTextToTheVoice()
    {
        var block = Paragraph("The door opened. [Who is there?]{voice=slt}");

        Assert.Equal("The door opened. Who is there?", block.Text);
        Assert.Equal([("Who is there?", "slt")], Voiced(block));
    }

    [Fact]
    public void Read_VoiceMarkupInsideCodeSpans_IsTextNotDirection()
    {
        var book = Read("# One\n\nWrite `[Hello]{voice=slt}` to direct a line, or end with `{voice=kathleen}`\n\nA real one. [Yes.]{voice=bdl} she said.\n");
        var blocks = book.Chapters[0].Blocks;

        Assert.Equal("Write [Hello]{voice=slt} to direct a line, or end with {voice=kathleen}", blocks[0].Text);
        Assert.Empty(blocks[0].Voices);
        Assert.Empty(book.Warnings);
        Assert.Equal([("Yes.", "bdl")], Voiced(blocks[1]));
    }

    [Fact]
    public void Read_VoiceAttributesInTheMiddle_AreLeftOutWithAWarningNamingTheLine()
    {
        var book = Read("# One\n\nFirst line.\n\nShe said {voice=slt} nothing more.\n");

        Assert.Equal("She said nothing more.", book.Chapters[0].Blocks[1].Text);
        Assert.Empty(book.Chapters[0].Blocks[1].Voices);
        Assert.Contains(book.Warnings, w => w.Contains("'story.md' line 5: {voice=slt} follows neither", StringComparison.Ordinal));
    }
}
