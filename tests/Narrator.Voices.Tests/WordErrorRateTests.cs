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

public sealed class WordAlignmentTests
{
    [Fact]
    public void Align_ErrorsScatteredOverTheSentence_LongestMismatchIsOneWord()
    {
        var alignment = WordAlignment.Align("For the twentieth time that evening the two men shook hands.", "for a twentieth time that evening the to men shook hands");

        Assert.Equal(2, alignment.Errors);
        Assert.Equal(1, alignment.LongestMismatch);
    }

    [Fact]
    public void Align_AStretchHeardAsOtherWords_LongestMismatchCountsTheStretch()
    {
        var alignment = WordAlignment.Align("For the twentieth time that evening the two men shook hands.", "for the twentieth a bog of iron men shook hands");

        Assert.Equal(5, alignment.LongestMismatch); // "time that evening the two" as "a bog of iron"
        Assert.Equal(new WordErrors(5, 11), new WordErrors(alignment.Errors, alignment.ReferenceWords));
    }

    [Fact]
    public void Align_WordsLeftOutAtTheEnd_RunOfDeletions()
    {
        var alignment = WordAlignment.Align("Will we ever forget it.", "will");

        Assert.Equal(new WordErrors(4, 5), WordErrors.Measure("Will we ever forget it.", "will"));
        Assert.Equal(4, alignment.LongestMismatch);
    }
}
