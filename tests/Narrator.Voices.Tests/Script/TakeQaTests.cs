namespace Narrator.Voices.Tests.Script;

public sealed class TakeQaTests : IDisposable
{
    private static readonly ScriptPrompt Prompt = RecordingScript.AllPrompts[2];
    private readonly TempFolder _temp = new();

    [Fact]
    public void Check_GoodTakeHeardRight_PassesWithFigures()
    {
        var report = Check(Signals.Speechlike(3), new FakeRecognizer(Prompt.Text));
        Assert.True(report.Passed, report.Rejection);
        Assert.Equal(0, report.WordErrorRate);
        Assert.InRange(report.LevelDb!.Value, -20, -5);
        Assert.InRange(report.WordsPerMinute!.Value, 150, 300);
        Assert.InRange(report.LongestPauseSeconds!.Value, 0.05, 0.15);
        Assert.Contains("WER 0 %", report.Figures(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherWordsHeard_RejectedWithWordErrorRate()
    {
        var report = Check(Signals.Speechlike(3), new FakeRecognizer("author of the danger trail philip steels et cetera"));
        Assert.StartsWith("the words do not match the prompt \"For the twentieth time", report.Rejection, StringComparison.Ordinal);
        Assert.Contains("(at most 65 %)", report.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoRecognizer_RejectedAsNotChecked() =>
        Assert.Equal("words not checked: fake recognizer unavailable", Check(Signals.Speechlike(3), new FakeRecognizer(null)).Rejection);

    [Theory]
    [InlineData("clipped", "clipped:")]
    [InlineData("silent", "silent:")]
    [InlineData("quiet", "too quiet: speech level -55.7 dBFS")]
    [InlineData("short", "too short: 0.20 s")]
    [InlineData("pause", "a pause of 3.0 s inside the take")]
    public void Check_BadSignal_RejectedWithReason(string kind, string reason)
    {
        var samples = kind switch
        {
            "clipped" => Signals.Speechlike(3, peak: 3f).Select(s => Math.Clamp(s, -1f, 1f)).ToArray(),
            "silent" => new float[48000],
            "quiet" => Signals.Speechlike(3, peak: 0.004f, noise: 0.00001f),
            "short" => Signals.Speechlike(0.2),
            _ => [.. Signals.Speechlike(1.5), .. new float[48000], .. Signals.Speechlike(1.5)],
        };
        Assert.StartsWith(reason, Check(samples, new FakeRecognizer(Prompt.Text)).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadableFile_RejectedNamingIt()
    {
        var path = Path.Combine(_temp.Path, Prompt.Id + ".wav");
        File.WriteAllText(path, "not audio");
        var report = TakeQa.Check(new ScriptTake(path, Prompt), Narrator.Audio.WavFile.Stream, new FakeRecognizer(Prompt.Text));
        Assert.Equal(Prompt.Id + ".wav", report.File);
        Assert.StartsWith("unsupported or corrupt audio file", report.Rejection, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private QaReport Check(float[] samples, IStatementRecognizer recognizer) =>
        TakeQa.Check(new ScriptTake(Signals.Write(_temp.Path, Prompt.Id + ".wav", samples), Prompt), Narrator.Audio.WavFile.Stream, recognizer);
}
