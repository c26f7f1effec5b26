namespace Narrator.Voices.Tests;

public sealed class ConsentStatementTests
{
    [Fact]
    public void Text_NamesSpeakerPublisherAndUses()
    {
        var text = ConsentStatement.Text("Jane Doe", "Acme Audio", ["audiobook", "preview"]);
        Assert.Equal("I, Jane Doe, am aware that recordings of my voice will be used by Acme Audio to create and use a synthetic version of my voice for audiobook and preview.", text);
        Assert.True(ConsentStatement.NamesSpeaker(text, "Jane Doe"));
    }

    [Fact]
    public void NamesSpeaker_OtherName_False() =>
        Assert.False(ConsentStatement.NamesSpeaker(ConsentStatement.Text("John Roe", "any", []), "Jane Doe"));

    [Fact]
    public void NamesSpeaker_AccentsWrittenOrNot_True()
    {
        Assert.True(ConsentStatement.NamesSpeaker("I, Zoe Bronte, am aware that…", "Zoë Brontë"));
        Assert.True(ConsentStatement.NamesSpeaker("I, Zoë Brontë, am aware that…", "Zoe Bronte"));
    }

    [Fact]
    public void RecognizedShare_HalfTheWordsHeard_IsHalf() =>
        Assert.Equal(0.5, ConsentStatement.RecognizedShare("one two three four", "two FOUR seven"));
}
