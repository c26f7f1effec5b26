using Narrator.Rendering.Planning;

namespace Narrator.Rendering.Tests.Planning;

public sealed class ChapterSelectionTests
{
    [Theory]
    [InlineData("3-5", new[] { 3, 4, 5 })]
    [InlineData("1,4,7-9", new[] { 1, 4, 7, 8, 9 })]
    [InlineData(" 2 , 2-3 ", new[] { 2, 3 })]
    public void Parse_ListsAndRanges_SelectThoseChapters(string text, int[] expected)
    {
        var selection = ChapterSelection.Parse(text, 10);

        Assert.Equal(expected, Enumerable.Range(1, 10).Where(selection.Contains));
        Assert.False(selection.IsAll);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_Nothing_SelectsAll(string? text) => Assert.True(ChapterSelection.Parse(text, 3).IsAll);

    [Theory]
    [InlineData("0-2", "'0-2'")]
    [InlineData("4", "1-3")]
    [InlineData("3-1", "'3-1'")]
    [InlineData("two", "'two'")]
    public void Parse_Outside_NamesThePartAndTheRange(string text, string expected)
    {
        var error = Assert.Throws<RenderException>(() => ChapterSelection.Parse(text, 3));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
