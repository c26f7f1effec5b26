namespace Narrator.Evaluation.Tests;

public sealed class StatementCalibrationTests
{
    [Fact]
    public void Run_RecordingOfOtherText_ScoresItsOwnTextHighAndTheStatementLow()
    {
        var recording = ("Clubs and balls and cities grew to be only memories.", new float[16000], 16000);

        var (matched, mismatched) = StatementCalibration.Run([recording], new FakeRecognizer("clubs and balls and cities grew to be only memories"));

        Assert.Equal([1.0], matched);
        // Of the statement's 30 words only "to", "be" and the two "and"s were heard.
        Assert.Equal(4 / 30.0, mismatched.Single(), 6);
    }

    [Fact]
    public void Run_NoRecognizer_SaysWhy()
    {
        var e = Assert.Throws<VoiceException>(() => StatementCalibration.Run([("Hello.", new float[16000], 16000)], new FakeRecognizer(null)));

        Assert.Contains("fake recognizer unavailable", e.Message, StringComparison.Ordinal);
    }
}
