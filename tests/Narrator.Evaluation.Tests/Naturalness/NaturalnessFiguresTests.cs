namespace Narrator.Evaluation.Tests.Naturalness;

public sealed class NaturalnessFiguresTests
{
    [Fact]
    public void Average_PromptWithoutVoicedPairs_LeftOutOfTheCorrelationOnly()
    {
        var pitch = new PitchFigures(120, 8);
        UtteranceComparison[] comparisons = [new(pitch, pitch, 0.8, 4), new(pitch, pitch, double.NaN, 6)];

        var figures = NaturalnessFigures.Average(comparisons);

        Assert.Equal(2, figures.Prompts);
        Assert.Equal(0.8, figures.F0Correlation, 9);
        Assert.Equal(5, figures.MelCepstralDistortionDb, 9);
    }

    [Fact]
    public void Average_NoPrompts_IsNotANumber()
    {
        var figures = NaturalnessFigures.Average([]);

        Assert.True(double.IsNaN(figures.MelCepstralDistortionDb));
        Assert.True(double.IsNaN(figures.NaturalMedianHz));
    }
}
