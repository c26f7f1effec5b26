namespace Narrator.Synthesis.Tests;

/// <summary>The normalizer synthesis uses reads capitals by the pronunciation dictionary.</summary>
public sealed class EnglishNormalizerTests
{
    [Theory]
    [InlineData("He shouted, STOP THAT NOW!", "He shouted, stop that now!")]
    [InlineData("THE FIR TREE", "the fir tree")]
    [InlineData("The FBI and the CDs.", "The F B I and the C Ds.")]
    [InlineData("I live in the USA.", "I live in the U S A.")]
    [InlineData("The GDP fell; the CGI was poor.", "The G D P fell; the C G I was poor.")]
    public void Create_AllCapitalWords_DictionaryWordsReadInitialismsSpelled(string text, string spoken) =>
        Assert.Equal(spoken, EnglishNormalizer.Create().Normalize(text).Spoken);

    [Fact]
    public void Prepare_ShoutedWord_PhonemesOfTheWordNotItsLetters()
    {
        using var synthesizer = Synthesizer.Create(new FakeVoice());

        var spoken = Assert.Single(synthesizer.Prepare("STOP!")).Normalized.Spoken;

        Assert.Equal("stop!", spoken);
    }
}
