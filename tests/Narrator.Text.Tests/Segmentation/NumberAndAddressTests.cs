namespace Narrator.Text.Tests.Segmentation;

public class NumberAndAddressTests
{
    [Theory]
    [InlineData("Pi is about 3.14 and tea costs $3.50 today.")]
    [InlineData("Version 2.0.1 shipped on time.")]
    [InlineData("Visit example.com for details.")]
    [InlineData("Mail jane.doe@example.org today.")]
    [InlineData("Go to https://www.example.com/a.b?x=1 now.")]
    public void Split_DotsInsideTokens_KeepOneSentence(string text)
    {
        Assert.Equal([text], Segments.TextsOf(text));
    }

    [Fact]
    public void Split_AddressAtSentenceEnd_EndsSentence()
    {
        Assert.Equal(["Visit example.com.", "Then call us."], Segments.TextsOf("Visit example.com. Then call us."));
    }

    [Fact]
    public void Split_NumberedHeading_SplitsAfterNumber()
    {
        Assert.Equal(["Chapter 1.", "The start"], Segments.TextsOf("Chapter 1. The start"));
    }

    [Fact]
    public void Split_ListNumberAlone_StaysWithItsItem()
    {
        Assert.Equal(["1. Buy milk."], Segments.TextsOf("1. Buy milk."));
    }

    [Fact]
    public void Split_SentenceEndingInNumberBeforeNumber_Splits()
    {
        Assert.Equal(["He was born in 1990.", "2001 came later."], Segments.TextsOf("He was born in 1990. 2001 came later."));
    }
}
