namespace Narrator.Text.Tests.Segmentation;

public class SentenceSegmenterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\t \r\n")]
    public void Split_BlankText_ReturnsNoUtterances(string text)
    {
        Assert.Empty(Segments.Of(text));
    }

    [Fact]
    public void Split_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new SentenceSegmenter().Split(null!));
    }

    [Fact]
    public void Split_TwoSentences_ReturnsEachWithItsPunctuation()
    {
        Assert.Equal(["Hello world.", "How are you?"], Segments.TextsOf("Hello world. How are you?"));
    }

    [Fact]
    public void Split_NoFinalPunctuation_KeepsTheLastWords()
    {
        Assert.Equal(["It rained.", "Then it did not"], Segments.TextsOf("It rained. Then it did not"));
    }

    [Fact]
    public void Split_SurroundingWhitespace_RangesCoverTrimmedText()
    {
        const string text = "  First one.   Second one!  ";
        var utterances = Segments.Of(text);

        Assert.Equal(2, utterances.Count);
        Assert.Equal(2, utterances[0].Range.Start);
        Assert.Equal("First one.".Length, utterances[0].Range.Length);
        Assert.Equal(text.IndexOf("Second", StringComparison.Ordinal), utterances[1].Range.Start);
        Assert.Equal("Second one!", utterances[1].Text);
    }

    [Fact]
    public void Split_SentencesOfOneParagraph_OnlyLastIsParagraphBoundary()
    {
        var boundaries = Segments.Of("One. Two. Three.").Select(u => u.Boundary);

        Assert.Equal([UtteranceBoundary.Sentence, UtteranceBoundary.Sentence, UtteranceBoundary.Paragraph], boundaries);
    }

    [Theory]
    [InlineData("One. Two.\n\nThree.")]
    [InlineData("One. Two.\r\n\r\nThree.")]
    [InlineData("One. Two.\n  \t \nThree.")]
    [InlineData("One. Two.\u2029Three.")]
    public void Split_BlankLine_EndsParagraph(string text)
    {
        var utterances = Segments.Of(text);

        Assert.Equal(["One.", "Two.", "Three."], utterances.Select(u => u.Text));
        Assert.Equal(
            [UtteranceBoundary.Sentence, UtteranceBoundary.Paragraph, UtteranceBoundary.Paragraph],
            utterances.Select(u => u.Boundary));
    }

    [Fact]
    public void Split_HardWrappedLines_StayOneParagraph()
    {
        const string text = "It was a dark\nand stormy night. The rain\r\nfell on the roof.\n";
        var utterances = Segments.Of(text);

        Assert.Equal(["It was a dark\nand stormy night.", "The rain\r\nfell on the roof."], utterances.Select(u => u.Text));
        Assert.Equal([UtteranceBoundary.Sentence, UtteranceBoundary.Paragraph], utterances.Select(u => u.Boundary));
    }

    [Fact]
    public void Split_HeadingWithoutPunctuation_IsItsOwnParagraph()
    {
        var utterances = Segments.Of("Chapter One\n\nIt began.");

        Assert.Equal(["Chapter One", "It began."], utterances.Select(u => u.Text));
        Assert.All(utterances, u => Assert.Equal(UtteranceBoundary.Paragraph, u.Boundary));
    }

    [Theory]
    [InlineData("What?! No way!!! Really??", new[] { "What?!", "No way!!!", "Really??" })]
    [InlineData("Stop!!! Now?!", new[] { "Stop!!!", "Now?!" })]
    [InlineData("Is it?!. Yes.", new[] { "Is it?!.", "Yes." })]
    public void Split_RunsOfMarks_StayWithTheirSentence(string text, string[] expected)
    {
        Assert.Equal(expected, Segments.TextsOf(text));
    }

    [Fact]
    public void Split_MarkWithoutFollowingSpace_DoesNotSplit()
    {
        Assert.Equal(["He said hi.Then left."], Segments.TextsOf("He said hi.Then left."));
    }
}
