namespace Narrator.Books.Tests.Dialogue;

/// <summary>Which stretches of a paragraph are dialogue: quotation marks of each kind, apostrophes, nesting, speeches of several paragraphs, em dashes.</summary>
public sealed class QuoteRulesTests
{
    [Theory]
    [InlineData("“Yes,” said Alice, “it is.”", "“Yes,”|“it is.”")]
    [InlineData("\"Yes,\" said Alice, \"it is.\"", "\"Yes,\"|\"it is.\"")]
    [InlineData("‘Yes,’ said Alice, ‘it is.’", "‘Yes,’|‘it is.’")]
    [InlineData("'Yes,' said Alice, 'it is.'", "'Yes,'|'it is.'")]
    [InlineData("She turned. “Who is there?”", "“Who is there?”")]
    public void Quotes_EachKindOfMark_AreDialogueAndTheRestNarration(string paragraph, string expected)
    {
        Assert.Equal(expected.Split('|'), Dialogue.Quotes(paragraph)[0]);
    }

    [Theory]
    [InlineData("Don't go to the Joneses' house, for 'tis late and they're asleep.")]
    [InlineData("Don’t go to the Joneses’ house, for ’tis late and they’re asleep.")]
    [InlineData("‘Tis the season, and 'twas ever thus in the '90s.")]
    public void Quotes_Apostrophes_OpenNoQuotation(string paragraph)
    {
        Assert.Empty(Dialogue.Quotes(paragraph)[0]);
    }

    [Theory]
    [InlineData("‘I don’t think the Joneses’ dog bites,’ said Alice.", "‘I don’t think the Joneses’ dog bites,’")]
    [InlineData("'I don't think the Joneses' dog bites,' said Alice.", "'I don't think the Joneses' dog bites,'")]
    [InlineData("‘I’m goin’ home now,’ said the cabman.", "‘I’m goin’ home now,’")]
    public void Quotes_ApostrophesInsideSingleQuotes_DoNotCloseThem(string paragraph, string expected)
    {
        Assert.Equal([expected], Dialogue.Quotes(paragraph)[0]);
    }

    [Theory]
    [InlineData("“He said ‘go away’ to me,” said Alice.", "“He said ‘go away’ to me,”")]
    [InlineData("‘He said “go away” to me,’ said Alice.", "‘He said “go away” to me,’")]
    [InlineData("“The ‘G’ stands for ‘Gesellschaft.’” Holmes smiled.", "“The ‘G’ stands for ‘Gesellschaft.’”")]
    public void Quotes_NestedQuotation_StaysInsideTheOuterOne(string paragraph, string expected)
    {
        Assert.Equal([expected], Dialogue.Quotes(paragraph)[0]);
    }

    [Fact]
    public void Quotes_SpeechOverParagraphs_EachParagraphOpeningWithAMarkContinuesIt()
    {
        var chapter = Dialogue.Find(
            "“It began long ago,” said Holmes, “in a house by the sea.",
            "“Nobody knew the man who built it.",
            "“Then he vanished.”",
            "The fire crackled.").Chapters[0];

        Assert.Equal([false, true, true, false], chapter.Blocks.Select(b => b.ContinuesQuote));
        Assert.Equal("“Nobody knew the man who built it.", Assert.Single(chapter.Blocks[1].Spans).Text);
        Assert.All(chapter.Blocks.Take(3).SelectMany(b => b.Spans).Where(s => s.Kind == Books.Dialogue.SpeechKind.Dialogue), s => Assert.Equal("Holmes", s.Speaker));
    }

    [Fact]
    public void Quotes_SingleMarkNeverClosedNorContinued_IsAnApostrophe()
    {
        var quotes = Dialogue.Quotes("'Orrible weather, the cabman grumbled to nobody.", "The rain went on.");

        Assert.Empty(quotes[0]);
    }

    [Fact]
    public void Quotes_ParagraphOpeningWithEmDash_IsDialogue()
    {
        Assert.Equal(["—Is it far to the sea?"], Dialogue.Quotes("—Is it far to the sea?")[0]);
    }

    [Fact]
    public void Quotes_EmDashAside_IsNarrationNamingTheSpeaker()
    {
        var block = Dialogue.Find("—Is it far —asked Stephen— or is it near?").Chapters[0].Blocks[0];

        Assert.Equal(["—Is it far ", "—asked Stephen—", " or is it near?"], block.Spans.Select(s => s.Text));
        Assert.All(block.Spans.Where(s => s.Kind == Books.Dialogue.SpeechKind.Dialogue), s => Assert.Equal("Stephen", s.Speaker));
    }

    [Theory]
    [InlineData("He stopped — and listened.")]
    [InlineData("— — —")]
    public void Quotes_DashesThatOpenNoSpeech_AreNarration(string paragraph)
    {
        Assert.Empty(Dialogue.Quotes(paragraph)[0]);
    }

    [Fact]
    public void Quotes_ShortQuotedTermInNarration_IsNarration()
    {
        Assert.Empty(Dialogue.Quotes("I saw a large “E” with a small “g” woven into the paper.")[0]);
    }

    [Fact]
    public void Spans_CoverTheWholeParagraphWithTheirOffsets()
    {
        const string paragraph = "Alice sighed. “I think,” she said, “that you might do better.”";

        var spans = Dialogue.Find(paragraph).Chapters[0].Blocks[0].Spans;

        Assert.Equal(paragraph, string.Concat(spans.Select(s => s.Text)));
        Assert.All(spans, s => Assert.Equal(s.Text, paragraph.Substring(s.Start, s.Text.Length)));
    }
}
