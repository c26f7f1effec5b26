using Narrator.Synthesis;

namespace Narrator.Evaluation.Tests.Text;

public sealed class TextEvaluationTests : IDisposable
{
    private readonly Synthesizer _synthesizer = Synthesizer.Create(new FrontendOnlyVoice());

    [Fact]
    public void Measure_OneKnownMissInFour_ScoresEachCategoryAndOverall()
    {
        var list = TextTestList.Parse("""
            cardinal | She kept 3 cats. | she kept three cats
            cardinal | She kept 4 cats. | she kept five cats
            heteronym | Remember to wind the clock. | wind => W AY1 N D
            heteronym | A cold wind came off the sea. | wind => W IH1 N D
            """, "four.txt");

        var results = TextEvaluation.Measure(list, _synthesizer);

        Assert.Equal([("cardinal", 2, 1), ("heteronym", 2, 2)], results.Categories.Select(c => (c.Category, c.Items, c.Correct)));
        Assert.Equal(0.5, results.Categories[0].Accuracy);
        Assert.Equal(0.75, results.Overall.Accuracy);
        var miss = Assert.Single(results.Misses);
        Assert.Equal(2, miss.Item.Line);
        Assert.Equal("she kept four cats", miss.Got);
    }

    [Fact]
    public void Measure_CasePunctuationAndHyphensDiffer_StillCorrect()
    {
        var list = TextTestList.Parse("cardinal | They were 21, weren't they? | They were twenty-one... WERENT they", "x.txt");

        Assert.True(TextEvaluation.Measure(list, _synthesizer).Results.Single().Correct);
    }

    [Fact]
    public void Measure_AWordMissingFromTheReading_IsAMiss()
    {
        var list = TextTestList.Parse("money | It cost $5. | it cost five", "x.txt");

        Assert.False(TextEvaluation.Measure(list, _synthesizer).Results.Single().Correct);
    }

    [Fact]
    public void Measure_TargetSpokenAsSeveralWords_ComparesOnlyItsPhones()
    {
        var list = TextTestList.Parse("""
            initialism | Then the FBI agent left. | FBI => EH1 F | B IY1 | AY1
            heteronym | He will lead them past the lead pipes. | lead => L IY1 D
            heteronym | He will lead them past the lead pipes. | lead#2 => L EH1 D
            """, "x.txt");

        var results = TextEvaluation.Measure(list, _synthesizer);

        Assert.Equal(["EH1 F | B IY1 | AY1", "L IY1 D", "L EH1 D"], results.Results.Select(r => r.Got));
        Assert.All(results.Results, r => Assert.True(r.Correct));
    }

    public void Dispose() => _synthesizer.Dispose();
}
