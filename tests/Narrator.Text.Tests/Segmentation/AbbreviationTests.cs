namespace Narrator.Text.Tests.Segmentation;

public class AbbreviationTests
{
    [Theory]
    [InlineData("Mr. Smith met Mrs. Jones and Dr. Brown at noon.")]
    [InlineData("We walked down St. James Street together.")]
    [InlineData("Prof. Ada Lovelace wrote the first program.")]
    [InlineData("Bring fruit, e.g. apples, i.e. something sweet.")]
    [InlineData("Bring fruit, e.g. Apples or Pears, to the party.")]
    [InlineData("Apples, pears, etc. are all fruit.")]
    [InlineData("Tonight it is Kramer vs. Kramer on TV.")]
    [InlineData("Martin Luther King Jr. was a minister.")]
    [InlineData("The U.S.A. is a large country.")]
    [InlineData("She joined the U.S. Army in May.")]
    [InlineData("He earned a Ph.D. in physics.")]
    public void Split_AbbreviationMidSentence_KeepsOneSentence(string text)
    {
        Assert.Equal([text], Segments.TextsOf(text));
    }

    [Theory]
    [InlineData("See No. 5 on the list.")]
    [InlineData("Read p. 12 and Fig. 3 first.")]
    [InlineData("It opened on Jan. 3 last year.")]
    public void Split_AbbreviationBeforeNumber_KeepsOneSentence(string text)
    {
        Assert.Equal([text], Segments.TextsOf(text));
    }

    [Theory]
    [InlineData("I like apples, pears, etc. They are sweet.", "I like apples, pears, etc.")]
    [InlineData("We left at 5 p.m. It was dark.", "We left at 5 p.m.")]
    [InlineData("He said no. Then he left.", "He said no.")]
    public void Split_AbbreviationOrWordAtSentenceEnd_EndsSentence(string text, string first)
    {
        var texts = Segments.TextsOf(text);

        Assert.Equal(2, texts.Length);
        Assert.Equal(first, texts[0]);
    }

    [Fact]
    public void Split_UnknownAbbreviation_EndsSentence()
    {
        Assert.Equal(["Insp.", "Morse arrived."], Segments.TextsOf("Insp. Morse arrived."));
    }

    [Theory]
    [InlineData("Insp")]
    [InlineData("insp.")]
    public void Split_AbbreviationFromOptions_KeepsOneSentence(string abbreviation)
    {
        var options = new SegmenterOptions { Abbreviations = [abbreviation] };

        Assert.Equal(["Insp. Morse arrived."], Segments.TextsOf("Insp. Morse arrived.", options));
    }

    [Theory]
    [InlineData("J. R. R. Tolkien wrote books.")]
    [InlineData("George W. Bush gave a speech.")]
    [InlineData("The letter was from A. B. Smith today.")]
    public void Split_Initials_KeepOneSentence(string text)
    {
        Assert.Equal([text], Segments.TextsOf(text));
    }
}
