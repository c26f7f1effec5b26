namespace Narrator.Text.Tests.Segmentation;

public class EllipsisAndQuoteTests
{
    [Theory]
    [InlineData("Wait... what?")]
    [InlineData("Wait… what?")]
    [InlineData("He paused . . . then spoke.")]
    public void Split_EllipsisBeforeLowercase_KeepsOneSentence(string text)
    {
        Assert.Equal([text], Segments.TextsOf(text));
    }

    [Theory]
    [InlineData("Wait... What?", "Wait...")]
    [InlineData("Wait… What?", "Wait…")]
    public void Split_EllipsisBeforeCapital_EndsSentence(string text, string first)
    {
        Assert.Equal([first, "What?"], Segments.TextsOf(text));
    }

    [Theory]
    [InlineData("\"Stop!\" she cried.")]
    [InlineData("“Stop!” she cried.")]
    [InlineData("‘Why?’ he asked.")]
    [InlineData("She asked, \"Why?\" and left.")]
    public void Split_QuoteFollowedByLowercase_KeepsOneSentence(string text)
    {
        Assert.Equal([text], Segments.TextsOf(text));
    }

    [Theory]
    [InlineData("\"Go.\" He went.", "\"Go.\"")]
    [InlineData("“Go.” He went.", "“Go.”")]
    [InlineData("‘Go.’ He went.", "‘Go.’")]
    [InlineData("(Go.) He went.", "(Go.)")]
    [InlineData("«Go.» He went.", "«Go.»")]
    public void Split_ClosingQuoteOrBracket_BelongsToSentenceItEnds(string text, string first)
    {
        Assert.Equal([first, "He went."], Segments.TextsOf(text));
    }

    [Fact]
    public void Split_ConsecutiveQuotedSentences_SplitsBeforeOpeningQuote()
    {
        Assert.Equal(["“Where?”", "“Here.”"], Segments.TextsOf("“Where?” “Here.”"));
    }

    [Fact]
    public void Split_Dialogue_KeepsAttributionWithQuote()
    {
        const string text = "\"I'm leaving,\" said Mr. Gray. \"Don't!\" she shouted. He left anyway.";

        Assert.Equal(
            ["\"I'm leaving,\" said Mr. Gray.", "\"Don't!\" she shouted.", "He left anyway."],
            Segments.TextsOf(text));
    }
}
