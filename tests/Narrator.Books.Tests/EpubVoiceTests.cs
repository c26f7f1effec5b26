namespace Narrator.Books.Tests;

public sealed class EpubVoiceTests
{
    private static Chapter Read(string body) =>
        BookReader.Read(EpubBuilder.Standard([("a.xhtml", body)], [("a.xhtml", "One")]).Write()).Chapters[0];

    private static IEnumerable<(string Text, string Voice)> Voiced(Block block) =>
        block.Voices.Select(v => (block.Text.Substring(v.Start, v.Length), v.Voice));

    [Fact]
    public void Read_DataVoiceOnASpan_GivesItsTextToTheVoice()
    {
        var block = Read("<h1>One</h1><p>The door opened. <span data-voice=\"slt\">Who is <em>there</em>?</span> she called.</p>").Blocks[0];

        Assert.Equal("The door opened. Who is there? she called.", block.Text);
        Assert.Equal([("Who is there?", "slt")], Voiced(block));
    }

    [Fact]
    public void Read_DataVoiceOnADiv_CoversEachParagraphInsideAndAnInnerSpanKeepsItsOwn()
    {
        var blocks = Read("<h1>One</h1><div data-voice=\"the Queen\"><p>Off with her head!</p><p>Now, <span data-voice=\"slt\">said nobody</span>.</p></div><p>Quiet.</p>").Blocks;

        Assert.Equal([("Off with her head!", "the Queen")], Voiced(blocks[0]));
        Assert.Equal([("Now,", "the Queen"), ("said nobody", "slt"), (".", "the Queen")], Voiced(blocks[1]));
        Assert.Empty(blocks[2].Voices);
    }

    [Fact]
    public void Read_DataVoiceWithSsmlPhoneme_KeepsBothTheVoiceAndThePronunciation()
    {
        var block = Read("<h1>One</h1><p>Say <span data-voice=\"slt\" ssml:ph=\"təˈmɑːtəʊ\">tomato</span> now.</p>").Blocks[0];

        var hint = Assert.Single(block.Hints);
        Assert.Equal("tomato", block.Text.Substring(hint.Start, hint.Length));
        Assert.Equal(("təˈmɑːtəʊ", "ipa"), (hint.Phonemes, hint.Alphabet));
        Assert.Equal([("tomato", "slt")], Voiced(block));
    }
}
