namespace Narrator.Voices.Tests.Script;

public sealed class RecordingScriptTests
{
    [Fact]
    public void AllPrompts_EmbeddedList_HoldsTheArcticSet()
    {
        Assert.Equal(1132, RecordingScript.AllPrompts.Count);
        Assert.Equal(new ScriptPrompt("arctic_a0001", "Author of the danger trail, Philip Steels, etc."), RecordingScript.AllPrompts[0]);
        Assert.Equal("arctic_b0539", RecordingScript.AllPrompts[^1].Id);
    }

    [Fact]
    public void Available_HeldOutPrompts_NeverInAScript()
    {
        Assert.Equal(1132 - 55, RecordingScript.Available.Count);
        Assert.DoesNotContain(RecordingScript.Available, p => RecordingScript.IsHeldOut(p.Id));
    }

    [Theory]
    [InlineData("arctic_a0020", true)]
    [InlineData("arctic_b0540", true)]
    [InlineData("arctic_a0021", false)]
    [InlineData("arctic_a0002", false)]
    [InlineData("my_line_20", false)]
    public void IsHeldOut_Id_MultiplesOfTwentyOnly(string id, bool heldOut) =>
        Assert.Equal(heldOut, RecordingScript.IsHeldOut(id));

    [Fact]
    public void Take_Count_PrefixInArcticOrder()
    {
        var script = RecordingScript.Take(25);
        Assert.Equal(RecordingScript.Available.Take(25), script);
        Assert.Equal("arctic_a0019", script[18].Id);
        Assert.Equal("arctic_a0021", script[19].Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1078)]
    public void Take_OutOfRange_ThrowsNamingTheRange(int count) =>
        Assert.Contains("1 to 1077 prompts", Assert.Throws<VoiceException>(() => RecordingScript.Take(count)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("short", 60)]
    [InlineData("Medium", 210)]
    [InlineData("long", 630)]
    [InlineData("42", 42)]
    public void ParseSize_NameOrNumber_Prompts(string text, int prompts) =>
        Assert.Equal(prompts, RecordingScript.ParseSize(text));

    [Fact]
    public void ParseSize_Unknown_ThrowsListingSizes() =>
        Assert.Contains("short, medium, long", Assert.Throws<VoiceException>(() => RecordingScript.ParseSize("huge")).Message, StringComparison.Ordinal);

    [Fact]
    public void Sizes_Minutes_AboutThreeTenThirty()
    {
        Assert.Equal([3.0, 10.0, 30.0], RecordingScript.Sizes.Select(s => Math.Round(s.Minutes)));
    }

    [Fact]
    public void Parse_LineWithoutBar_ThrowsNamingFileAndLine()
    {
        var e = Assert.Throws<VoiceException>(() => RecordingScript.Parse("# comment\nid1|Some text.\nno bar here\n", "transcript.txt"));
        Assert.Equal("transcript.txt:3: expected an 'id|text' line, got 'no bar here'.", e.Message);
    }
}
