using Narrator.Text.Ssml;

namespace Narrator.Text.Tests.Ssml;

public sealed class SayAsTests
{
    [Theory]
    [InlineData("characters", null, "ABC", "A B C")]
    [InlineData("characters", null, "a1b", "A one B")]
    [InlineData("spell-out", null, "Dog", "D O G")]
    [InlineData("cardinal", null, "1,234", "one thousand two hundred thirty-four")]
    [InlineData("cardinal", null, "-7", "minus seven")]
    [InlineData("ordinal", null, "21", "twenty-first")]
    [InlineData("ordinal", null, "3rd", "third")]
    [InlineData("digits", null, "2024", "two zero two four")]
    [InlineData("date", "mdy", "12/25/2024", "December twenty-fifth twenty twenty-four")]
    [InlineData("date", "dmy", "25.12.1999", "December twenty-fifth nineteen ninety-nine")]
    [InlineData("date", "ymd", "1969-07-20", "July twentieth nineteen sixty-nine")]
    [InlineData("date", "dm", "4/7", "July fourth")]
    [InlineData("date", "y", "1984", "nineteen eighty-four")]
    [InlineData("time", null, "14:30", "fourteen thirty")]
    [InlineData("time", null, "3:05", "three oh five")]
    [InlineData("time", null, "9:00 pm", "nine pm")]
    [InlineData("telephone", null, "555-0123", "five five five, zero one two three")]
    [InlineData("telephone", null, "+44 20 7946", "plus four four, two zero, seven nine four six")]
    public void Parse_SayAs_ReadsTheTextOutInWords(string interpretAs, string? format, string text, string expected)
    {
        var formatAttribute = format is null ? string.Empty : $" format=\"{format}\"";
        var document = SsmlDocument.Parse($"<speak><say-as interpret-as=\"{interpretAs}\"{formatAttribute}>{text}</say-as></speak>");

        Assert.Equal(expected, Assert.Single(document.Pieces).Text);
        Assert.Empty(document.Warnings);
    }

    [Theory]
    [InlineData("date", "mdy", "13/45/2024")]
    [InlineData("ordinal", null, "many")]
    [InlineData("vxml:boolean", null, "true")]
    public void Parse_SayAsItCannotRead_SpeaksTheTextWithAWarning(string interpretAs, string? format, string text)
    {
        var formatAttribute = format is null ? string.Empty : $" format=\"{format}\"";
        var document = SsmlDocument.Parse($"<speak><say-as interpret-as=\"{interpretAs}\"{formatAttribute}>{text}</say-as></speak>");

        Assert.Equal(text, Assert.Single(document.Pieces).Text);
        Assert.Contains("is read as ordinary text", Assert.Single(document.Warnings).Message, StringComparison.Ordinal);
    }
}
