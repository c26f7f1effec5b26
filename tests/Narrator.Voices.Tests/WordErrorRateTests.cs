namespace Narrator.Voices.Tests;

public sealed class WordErrorRateTests
{
    [Fact]
    public void Measure_OneSubstitutionAndOneDeletion_CountsTwoOfTheSpokenWords()
    {
        var errors = WordErrors.Measure("Clubs and balls and cities grew to be only memories.", "clemson balls and cities grew to be only memories");

        Assert.Equal(new WordErrors(2, 10), errors);
        Assert.Equal(0.2, errors.Rate, 6);
    }

    [Fact]
    public void Measure_NumbersInTheText_AreComparedAsSpoken() =>
        Assert.Equal(0, WordErrors.Measure("He left in 1908, with $3.", "he left in nineteen oh eight with three dollars").Errors);

    [Fact]
    public void Measure_Insertions_CanExceedTheSpokenWords()
    {
        var errors = WordErrors.Measure("Yes.", "oh yes indeed sir");

        Assert.Equal(new WordErrors(3, 1), errors);
        Assert.Equal(3.0, errors.Rate);
    }

    [Fact]
    public void Plus_AddsErrorsAndWords() =>
        Assert.Equal(new WordErrors(3, 15), new WordErrors(1, 5) + new WordErrors(2, 10));
}
