namespace Narrator.Phonemes.Tests;

/// <summary>Heteronyms read by their context (issue: "will read", "lead them", "a tear fell", "the wind blew", "they live", "the wound", "the record").</summary>
public sealed class HeteronymTests
{
    private static readonly LexiconPhonemizer Lexicon = LexiconPhonemizer.CreateDefault();

    [Theory]
    [InlineData("I will read it tomorrow.", "read", "R IY1 D")]
    [InlineData("She had read the letter twice.", "read", "R EH1 D")]
    [InlineData("She read the letter.", "read", "R EH1 D")]
    [InlineData("Read the first page.", "read", "R IY1 D")]
    [InlineData("Will you read it?", "read", "R IY1 D")]
    [InlineData("He will lead them home.", "lead", "L IY1 D")]
    [InlineData("Lead the way.", "lead", "L IY1 D")]
    [InlineData("A pipe of lead lay there.", "lead", "L EH1 D")]
    [InlineData("It was a lead pipe.", "lead", "L EH1 D")]
    [InlineData("A tear fell on the page.", "tear", "T IH1 R")]
    [InlineData("Do not tear the page.", "tear", "T EH1 R")]
    [InlineData("Her tears were dry.", "tears", "T IH1 R Z")]
    [InlineData("He tears it apart.", "tears", "T EH1 R Z")]
    [InlineData("The wind blew all night.", "wind", "W IH1 N D")]
    [InlineData("I must wind the clock.", "wind", "W AY1 N D")]
    [InlineData("They live in London.", "live", "L IH1 V")]
    [InlineData("We heard live music.", "live", "L AY1 V")]
    [InlineData("Their lives changed.", "lives", "L AY1 V Z")]
    [InlineData("She lives alone.", "lives", "L IH1 V Z")]
    [InlineData("The wound healed slowly.", "wound", "W UW1 N D")]
    [InlineData("He wound the clock.", "wound", "W AW1 N D")]
    [InlineData("She played the record again.", "record", "R EH1 K ER0 D")]
    [InlineData("They record every concert.", "record", "R IH0 K AO1 R D")]
    [InlineData("The records were lost.", "records", "R EH1 K ER0 D Z")]
    [InlineData("She records everything.", "records", "R IH0 K AO1 R D Z")]
    [InlineData("Please close the door.", "close", "K L OW1 Z")]
    [InlineData("Close the door.", "close", "K L OW1 Z")]
    [InlineData("The house was close to the river.", "close", "K L OW1 S")]
    [InlineData("What is the use of it?", "use", "Y UW1 S")]
    [InlineData("You can use mine.", "use", "Y UW1 Z")]
    [InlineData("He gave her a present.", "present", "P R EH1 Z AH0 N T")]
    [InlineData("They present the award tonight.", "present", "P R IY0 Z EH1 N T")]
    [InlineData("I object to that.", "object", "AH0 B JH EH1 K T")]
    [InlineData("The object was round.", "object", "AA1 B JH EH0 K T")]
    [InlineData("The desert was hot.", "desert", "D EH1 Z ER0 T")]
    [InlineData("Do not desert me.", "desert", "D IH0 Z ER1 T")]
    [InlineData("She was content with it.", "content", "K AH0 N T EH1 N T")]
    [InlineData("The content of the box.", "content", "K AA1 N T EH0 N T")]
    [InlineData("We need an estimate.", "estimate", "EH1 S T AH0 M AH0 T")]
    [InlineData("We estimate the cost.", "estimate", "EH1 S T AH0 M EY2 T")]
    [InlineData("They sleep in separate rooms.", "separate", "S EH1 P R AH0 T")]
    [InlineData("I refuse to go.", "refuse", "R IH0 F Y UW1 Z")]
    [InlineData("Take out the refuse.", "refuse", "R EH1 F Y UW0 S")]
    [InlineData("Wait a minute.", "minute", "M IH1 N AH0 T")]
    [InlineData("A very minute crack.", "minute", "M AY0 N UW1 T")]
    [InlineData("The bird dove into the water.", "dove", "D OW1 V")]
    [InlineData("A white dove sang.", "dove", "D AH1 V")]
    [InlineData("Prices increase every year.", "increase", "IH0 N K R IY1 S")]
    [InlineData("We saw an increase in prices.", "increase", "IH1 N K R IY0 S")]
    [InlineData("He took a bow.", "bow", "B AW1")]
    [InlineData("She carried a bow and arrows.", "bow", "B OW1")]
    [InlineData("We used to fish here.", "used", "Y UW1 S T")]
    [InlineData("They used a rope.", "used", "Y UW1 Z D")]
    [InlineData("It was used to hold water.", "used", "Y UW1 Z D")]
    [InlineData("The permit is invalid.", "invalid", "IH0 N V AE1 L AH0 D")]
    [InlineData("She had been an invalid for years.", "invalid", "IH1 N V AH0 L AH0 D")]
    [InlineData("A blazing row broke out.", "row", "R AW1")]
    [InlineData("We sat in the back row.", "row", "R OW1")]
    [InlineData("They came to collect the rent.", "collect", "K AH0 L EH1 K T")]
    [InlineData("We invite you all.", "invite", "IH0 N V AY1 T")]
    [InlineData("Nobody invites him anymore.", "invites", "IH0 N V AY1 T S")]
    [InlineData("Try not to upset your mother.", "upset", "AH0 P S EH1 T")]
    [InlineData("Nobody expected the upset.", "upset", "AH1 P S EH0 T")]
    [InlineData("Within the confines of the city.", "confines", "K AA1 N F AY0 N Z")]
    [InlineData("I cannot recall his name.", "recall", "R IH0 K AO1 L")]
    [InlineData("The bank made a transfer.", "transfer", "T R AE1 N S F ER0")]
    [InlineData("They want to transfer the money.", "transfer", "T R AE0 N S F ER1")]
    public void Phonemize_Heteronym_ReadsAsTheContextWants(string sentence, string word, string expected)
    {
        Assert.Equal(expected, Reading(sentence, word));
    }

    [Fact]
    public void Phonemize_UserEntryForAHeteronym_WinsOverTheTable()
    {
        var custom = Lexicon.WithEntries(new Dictionary<string, string[]> { ["record"] = ["R", "EH1", "K", "AO0", "R", "D"] });

        Assert.Equal("R EH1 K AO0 R D", Reading("They record it.", "record", custom));
    }

    [Fact]
    public void Table_LoadsAtLeastFiftyWords()
    {
        Assert.True(Heteronyms.Words.Count >= 50, $"{Heteronyms.Words.Count} words");
        Assert.Contains("records", Heteronyms.Words);
    }

    // The phones of the n-th word of the sentence (words split on the boundary symbol; punctuation dropped).
    private static string Reading(string sentence, string word, LexiconPhonemizer? phonemizer = null)
    {
        var symbols = (phonemizer ?? Lexicon).Phonemize(sentence).Symbols.Where(s => s is not ("," or "." or ";" or ":" or "!" or "?")).ToList();
        var words = string.Join(' ', symbols).Split("   ", StringSplitOptions.None);
        var index = sentence.TrimEnd('.', '?', '!').Split(' ').Select(w => w.ToLowerInvariant()).ToList().IndexOf(word);
        return words[index].Trim();
    }
}
