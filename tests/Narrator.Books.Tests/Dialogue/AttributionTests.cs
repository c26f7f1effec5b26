namespace Narrator.Books.Tests.Dialogue;

/// <summary>Who a line of dialogue is given to: attributions after and before the quotation, pronouns, alternation, names.</summary>
public sealed class AttributionTests
{
    [Theory]
    [InlineData("“Come in,” said Alice.", "Alice")]
    [InlineData("“Come in,” Alice said.", "Alice")]
    [InlineData("“Who are you?” asked the Queen.", "the Queen")]
    [InlineData("“Who are you?” the Queen asked severely.", "the Queen")]
    [InlineData("“Nor I,” said the March Hare.", "the March Hare")]
    [InlineData("“Quite so,” remarked Mr. Holmes.", "Mr. Holmes")]
    [InlineData("“Quite so,” whispered Lord St. Simon.", "Lord St. Simon")]
    [InlineData("“It is late,” I answered.", "I")]
    [InlineData("Alice said, “Come in.”", "Alice")]
    [InlineData("Then the Hatter said: “No room!”", "the Hatter")]
    [InlineData("She ate a little, and the Duchess added thoughtfully, “Pepper!”", "the Duchess")]
    [InlineData("Alice considered a little, and then said “The fourth.”", "Alice")]
    [InlineData("“Off with her head!” the Queen shouted. “Now!”", "the Queen")]
    public void Speaker_AttributionAfterOrBefore_NamesTheSpeaker(string paragraph, string speaker)
    {
        Assert.Equal([speaker], Dialogue.Speakers(paragraph));
    }

    [Theory]
    [InlineData("“Hold him!” said the inspector.", "the inspector")]
    [InlineData("“Hold him!” the old man cried.", "the old man")]
    [InlineData("“Hold him!” said the banker impatiently.", "the banker")]
    [InlineData("“Hold him!” said the station-master.", "the station-master")]
    public void Speaker_DescriptionInLowerCaseRightAfterTheQuote_IsACharacter(string paragraph, string speaker)
    {
        Assert.Equal([speaker], Dialogue.Speakers(paragraph));
    }

    [Theory]
    [InlineData("“Come in,” said nobody at all.")]
    [InlineData("“Come in,” said the other.")]
    [InlineData("“Come in,” said the voice.")]
    [InlineData("“Come in,” Then said the door.")]
    [InlineData("“Come in.” The rain fell on the roof.")]
    [InlineData("“Come in,” said the Rabbit’s voice.")]
    public void Speaker_NoNameInTheAttribution_IsUnknown(string paragraph)
    {
        Assert.Equal(["?"], Dialogue.Speakers(paragraph));
    }

    [Fact]
    public void Speaker_PronounAfterANamedSpeaker_IsTheOtherNamedSpeaker()
    {
        var speakers = Dialogue.Speakers(
            "“You have been in Afghanistan,” said Holmes.",
            "“How did you know?” said Watson.",
            "“It is simplicity itself,” said he.");

        Assert.Equal(["Holmes", "Watson", "Holmes"], speakers);
    }

    [Fact]
    public void Speaker_PronounWithNobodyNamedBefore_IsUnknown()
    {
        Assert.Equal(["?"], Dialogue.Speakers("“Wedlock suits you,” he remarked."));
    }

    [Fact]
    public void Speaker_PronounOfTheOtherGender_IsNotGivenToTheKingOrQueen()
    {
        var speakers = Dialogue.Speakers(
            "“Off with his head!” said the King.",
            "The court was silent.",
            "“Nonsense,” she said.");

        Assert.Equal(["the King", "-", "?"], speakers);
    }

    [Fact]
    public void Speaker_ActionBeatNamingACharacter_GivesThePronounToThem()
    {
        var speakers = Dialogue.Speakers(
            "“Go on,” said Holmes.",
            "“I shall,” said Wilson.",
            "Holmes chuckled. “It is a pretty problem,” said he.");

        Assert.Equal(["Holmes", "Wilson", "Holmes"], speakers);
    }

    [Fact]
    public void Speaker_BareDialogueAfterTwoSpeakers_Alternates()
    {
        var speakers = Dialogue.Speakers(
            "“Have some wine,” said the March Hare.",
            "“I don’t see any wine,” said Alice.",
            "“There isn’t any.”",
            "“Then it wasn’t civil of you to offer it.”",
            "“It wasn’t civil of you to sit down.”");

        Assert.Equal(["the March Hare", "Alice", "the March Hare", "Alice", "the March Hare"], speakers);
    }

    [Fact]
    public void Speaker_BareDialogueAfterOneKnownSpeaker_AlternatesWithTheUnknownOne()
    {
        var speakers = Dialogue.Speakers(
            "A young man came in.",
            "“I owe you an apology.”",
            "“Give me your coat,” said Holmes.",
            "“Yes, from Horsham.”",
            "“That clay is quite distinctive.”");

        Assert.Equal(["-", "?", "Holmes", "?", "Holmes"], speakers);
    }

    [Fact]
    public void Speaker_AlternationIsBrokenByNarration()
    {
        var speakers = Dialogue.Speakers(
            "“Have some wine,” said the March Hare.",
            "“I don’t see any wine,” said Alice.",
            "Nobody answered her for a while.",
            "“There isn’t any.”");

        Assert.Equal(["the March Hare", "Alice", "-", "?"], speakers);
    }

    [Fact]
    public void Speaker_LineAfterOneAddressingACharacter_IsThatCharacter()
    {
        var speakers = Dialogue.Speakers(
            "“Well, Watson,” said Holmes.",
            "“Indeed,” said I.",
            "“Very good. Now, Mr. Wilson?”",
            "“It is just as I have been telling you.”",
            "“Go on,” said Wilson.");

        Assert.Equal(["Holmes", "I", "Holmes", "Wilson", "Wilson"], speakers);
    }

    [Fact]
    public void Speaker_LineIntroducingAKnownCharacter_IsTheirs()
    {
        var speakers = Dialogue.Speakers(
            "“Come in,” said Holmes.",
            "A young man entered.",
            "“My name,” said he, “is John Openshaw.",
            "“My grandfather had two sons.",
            "Holmes nodded. “Thank you,” said John Openshaw.");

        Assert.Equal(["Holmes", "-", "John Openshaw", "John Openshaw", "John Openshaw"], speakers);
    }

    [Fact]
    public void Speaker_FormsOfOneName_AreMergedUnderTheMostFrequent()
    {
        var speakers = Dialogue.Speakers(
            "“One,” said Holmes.",
            "“Two,” said Holmes.",
            "“Three,” said Mr. Holmes.",
            "“Four,” said Sherlock Holmes.",
            "“Five,” said the Rabbit.",
            "“Six,” said the White Rabbit.");

        Assert.Equal(["Holmes", "Holmes", "Holmes", "Holmes", "the White Rabbit", "the White Rabbit"], speakers);
    }

    [Fact]
    public void Speaker_NamesThatCouldBeTwoPeople_StayApart()
    {
        var speakers = Dialogue.Speakers(
            "“Tea?” said Mrs. Hudson.",
            "“Coffee,” said Mr. Hudson.",
            "“Water,” said Hudson.",
            "“One,” said Mary Morstan.",
            "“Two,” said Mary Sutherland.",
            "“Three,” said Mary.");

        Assert.Equal(["Mrs. Hudson", "Mr. Hudson", "Hudson", "Mary Morstan", "Mary Sutherland", "Mary"], speakers);
    }
}
