namespace Narrator.Text.Tests.Segmentation;

public class NonLatinTests
{
    [Fact]
    public void Split_JapaneseFullStops_EndSentencesWithoutSpaces()
    {
        Assert.Equal(["今日は晴れです。", "明日は雨でしょう。"], Segments.TextsOf("今日は晴れです。明日は雨でしょう。"));
    }

    [Theory]
    [InlineData("太好了！我们走吧。", new[] { "太好了！", "我们走吧。" })]
    [InlineData("你好吗？我很好。", new[] { "你好吗？", "我很好。" })]
    public void Split_ChineseFullWidthMarks_EndSentences(string text, string[] expected)
    {
        Assert.Equal(expected, Segments.TextsOf(text));
    }

    [Fact]
    public void Split_JapaneseCornerBrackets_CloseTheirSentence()
    {
        Assert.Equal(["「行くよ。」", "彼は言った。"], Segments.TextsOf("「行くよ。」彼は言った。"));
    }

    [Fact]
    public void Split_Cyrillic_SplitsLikeLatinAndKeepsText()
    {
        Assert.Equal(["Привет.", "Как дела?"], Segments.TextsOf("Привет. Как дела?"));
    }

    [Fact]
    public void Split_CyrillicEllipsisBeforeLowercase_KeepsOneSentence()
    {
        Assert.Equal(["Ну... да, конечно."], Segments.TextsOf("Ну... да, конечно."));
    }
}
