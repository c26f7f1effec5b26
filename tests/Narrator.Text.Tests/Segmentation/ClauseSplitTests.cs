namespace Narrator.Text.Tests.Segmentation;

public class ClauseSplitTests
{
    [Fact]
    public void Split_SentenceAtLimit_IsNotSplit()
    {
        var text = new string('a', 10) + " " + new string('b', 18) + ".";

        var utterances = Segments.Of(text, Segments.Max(text.Length));

        Assert.Equal([text], utterances.Select(u => u.Text));
        Assert.Equal(UtteranceBoundary.Paragraph, utterances[0].Boundary);
    }

    [Fact]
    public void Split_DefaultLimit_Splits301ButNot300Characters()
    {
        var fits = string.Join(' ', Enumerable.Repeat("word", 60)) + "."; // 300 characters
        var tooLong = "a" + fits;

        Assert.Single(Segments.Of(fits));
        Assert.True(Segments.Of(tooLong).Count > 1);
    }

    [Fact]
    public void Split_LongSentence_PrefersSemicolonOverCommas()
    {
        const string text = "The first part, as you see, runs on; the second part, which is longer, follows it.";

        var texts = Segments.TextsOf(text, Segments.Max(60));

        Assert.Equal(["The first part, as you see, runs on;", "the second part, which is longer, follows it."], texts);
    }

    [Fact]
    public void Split_LongSentence_PrefersCommaOverConjunction()
    {
        const string text = "Alpha beta gamma delta epsilon, zeta eta theta and iota kappa lambda mu.";

        var texts = Segments.TextsOf(text, Segments.Max(50));

        Assert.Equal(["Alpha beta gamma delta epsilon,", "zeta eta theta and iota kappa lambda mu."], texts);
    }

    [Fact]
    public void Split_LongSentenceWithoutPunctuation_CutsBeforeConjunction()
    {
        const string text = "the old cat slept on the warm mat but the young dog ran around the garden";

        var texts = Segments.TextsOf(text, Segments.Max(50));

        Assert.Equal(["the old cat slept on the warm mat", "but the young dog ran around the garden"], texts);
    }

    [Fact]
    public void Split_LongSentence_PiecesAreClausesExceptTheLast()
    {
        const string text = "One two three four five six, seven eight nine ten eleven; twelve thirteen fourteen. Next.";

        var utterances = Segments.Of(text, Segments.Max(30));

        Assert.True(utterances.Count >= 4);
        Assert.Equal(UtteranceBoundary.Sentence, utterances[^2].Boundary);
        Assert.Equal(UtteranceBoundary.Paragraph, utterances[^1].Boundary);
        Assert.All(utterances.SkipLast(2), u => Assert.Equal(UtteranceBoundary.Clause, u.Boundary));
        Segments.AssertCoversInput(text, utterances, 30);
    }

    [Fact]
    public void Split_LongParagraphWithoutPunctuation_EveryPieceFitsTheLimit()
    {
        var random = new Random(7);
        string[] words = ["river", "stone", "light", "a", "of", "and", "wandering", "north", "the", "quietly"];
        var text = string.Join(' ', Enumerable.Range(0, 4000).Select(_ => words[random.Next(words.Length)]));
        text = text[..Math.Min(text.Length, 20_000)].TrimEnd();

        var utterances = Segments.Of(text);

        Assert.True(text.Length > 19_000);
        Assert.True(utterances.Count >= text.Length / 300);
        Assert.True(utterances.Count <= text.Length / 150, $"{utterances.Count} pieces: most are far below the limit.");
        Segments.AssertCoversInput(text, utterances, 300);
        Assert.All(utterances.SkipLast(1), u => Assert.Equal(UtteranceBoundary.Clause, u.Boundary));
        Assert.All(utterances, u => Assert.True(u.Range.Start == 0 || text[u.Range.Start - 1] == ' ', $"{u.Range} starts inside a word."));
    }

    [Fact]
    public void Split_WordLongerThanLimit_IsCutHard()
    {
        var text = new string('x', 500);

        var utterances = Segments.Of(text);

        Assert.Equal(2, utterances.Count);
        Assert.Equal(text, string.Concat(utterances.Select(u => u.Text)));
        Segments.AssertCoversInput(text, utterances, 300);
    }

    [Fact]
    public void Split_LongWordAmongWords_CutsAtSpacesFirst()
    {
        var word = new string('y', 400);
        var text = $"Before it {word} after it.";

        var texts = Segments.TextsOf(text);

        Assert.Equal("Before it", texts[0]);
        Assert.Equal("after it.", texts[^1]);
        Assert.All(texts, t => Assert.True(t.Length <= 300));
    }

    [Fact]
    public void Split_HardCutThroughEmoji_NeverTearsSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 251)); // 502 UTF-16 units, no spaces

        var utterances = Segments.Of(text);

        Assert.All(utterances, u => Assert.False(char.IsLowSurrogate(u.Text[0])));
        Segments.AssertCoversInput(text, utterances, 300);
    }

    [Fact]
    public void Split_LongJapaneseSentence_CutsAfterIdeographicComma()
    {
        var text = string.Concat(Enumerable.Repeat("長い文が続きます、", 8)) + "終わり。";

        var utterances = Segments.Of(text, Segments.Max(40));

        Assert.All(utterances.SkipLast(1), u => Assert.EndsWith("、", u.Text, StringComparison.Ordinal));
        Segments.AssertCoversInput(text, utterances, 40);
    }

    [Fact]
    public void Split_UnspacedEmDash_IsAClauseBoundary()
    {
        const string text = "She opened the door slowly—and the cold wind came rushing in at once.";

        var texts = Segments.TextsOf(text, Segments.Max(45));

        Assert.Equal(["She opened the door slowly—", "and the cold wind came rushing in at once."], texts);
    }

    [Fact]
    public void Split_VeryLongSentenceOfClauses_CutsOnlyAtCommas()
    {
        var text = string.Concat(Enumerable.Repeat("the wind blew over the hills, ", 30)) + "and then it stopped.";

        var utterances = Segments.Of(text, Segments.Max(100));

        Assert.All(utterances.SkipLast(1), u => Assert.EndsWith(",", u.Text, StringComparison.Ordinal));
        Segments.AssertCoversInput(text, utterances, 100);
    }
}
