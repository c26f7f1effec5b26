namespace Narrator.Text.Tests.Normalization;

public sealed class DateTimeNormalizationTests
{
    [Theory]
    [InlineData("On July 4, 1776, they signed.", "on july fourth seventeen seventy six they signed")]
    [InlineData("On 4 July 1776 they signed.", "on the fourth of july seventeen seventy six they signed")]
    [InlineData("born 3rd March 1950", "born the third of march nineteen fifty")]
    [InlineData("Signed 1776-07-04.", "signed july fourth seventeen seventy six")]
    [InlineData("Born March 16, 1908.", "born march sixteenth nineteen oh eight")]
    [InlineData("Due Jan. 5", "due january fifth")]
    [InlineData("On May 1st we left", "on may first we left")]
    [InlineData("In March 1908 it snowed", "in march nineteen oh eight it snowed")]
    [InlineData("on 7/4/1776", "on july fourth seventeen seventy six")]
    [InlineData("the 21st of June", "the twenty first of june")]
    public void Normalize_Dates_ReadInTheOrderWritten(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("at 3:45 pm", "at three forty five p m")]
    [InlineData("at 9am", "at nine a m")]
    [InlineData("at 9 a.m. sharp", "at nine a m sharp")]
    [InlineData("at 14:30", "at fourteen thirty")]
    [InlineData("at 3:05", "at three oh five")]
    [InlineData("at 12:00", "at twelve o'clock")]
    [InlineData("at 14:00", "at fourteen hundred")]
    [InlineData("a 16:9 screen", "a sixteen to nine screen")]
    [InlineData("won 3:1 away", "won three to one away")]
    [InlineData("by 7:00 PM", "by seven p m")]
    public void Normalize_Times_ReadAsClockTimes(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Fact]
    public void Normalize_TimeAtSentenceEnd_KeepsFullStop()
    {
        var result = new TextNormalizer().Normalize("We left at 9 a.m. Then it rained.");

        Assert.Equal(2, result.Tokens.Count(t => t.Kind == SpokenTokenKind.Punctuation && t.Text == "."));
    }
}
