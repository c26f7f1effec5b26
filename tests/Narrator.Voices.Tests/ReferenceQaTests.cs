using Narrator.Audio;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices.Tests;

public sealed class ReferenceQaTests
{
    [Fact]
    public void Analyze_CleanSpeechlike_PassesWithFigures()
    {
        var report = ReferenceQa.Analyze("a.wav", Signals.Speechlike(5), 16000);
        Assert.Null(report.Rejection);
        Assert.InRange(report.SpeechShare, 0.6, 0.9);
        Assert.True(report.SnrDb > 30, report.Figures());
    }

    [Fact]
    public void Analyze_LowSampleRate_RejectedNamingTheRate()
    {
        var report = ReferenceQa.Analyze("a.wav", Signals.Speechlike(5, rate: 8000), 8000);
        Assert.Contains("8000 Hz is below 16000 Hz", report.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Clipped_RejectedAsClipped()
    {
        var samples = Signals.Speechlike(5).Select(s => Math.Clamp(s * 4, -1f, 1f)).ToArray();
        Assert.StartsWith("clipped", ReferenceQa.Analyze("a.wav", samples, 16000).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NoisyRecording_RejectedForSnr()
    {
        var report = ReferenceQa.Analyze("a.wav", Signals.Speechlike(5, noise: 0.2f), 16000);
        Assert.StartsWith("too noisy", report.Rejection, StringComparison.Ordinal);
        Assert.True(report.SnrDb < Thresholds.MinimumSnrDb);
    }

    [Fact]
    public void Analyze_MostlySilence_RejectedAsSilence()
    {
        var samples = Signals.Speechlike(1).Concat(new float[16000 * 9]).ToArray();
        Assert.StartsWith("mostly silence", ReferenceQa.Analyze("a.wav", samples, 16000).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_StreamedInBlocksThatSplitFrames_GivesTheFiguresWorkedOutByHand()
    {
        // One second at 0.5 (16 samples at full scale), one at 0.001: 20 ms frames of 320 samples
        // straddle the decoder's 16,384-sample blocks.
        var samples = Enumerable.Range(0, 32000).Select(i => i < 16 ? 1f : i < 16000 ? 0.5f : 0.001f).ToArray();

        var report = ReferenceQa.Analyze("qa.flac", AudioSinks.FromMemory(_ => (samples, 16000)));

        Assert.Equal(2.0, report.Seconds);
        Assert.Equal(1.0, report.SpeechSeconds, 12);
        Assert.Equal(0.5, report.SpeechShare, 12);
        Assert.Equal(16 / 32000.0, report.ClippedShare, 12);
        Assert.Equal(20 * Math.Log10(0.5 / 0.001), report.SnrDb, 4);
        Assert.Equal(report, ReferenceQa.Analyze("qa.flac", samples, 16000));
    }

    [Fact]
    public void Analyze_CorruptFile_RejectedAsUnreadable()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("broken.wav");
        File.WriteAllText(path, "not audio");
        Assert.StartsWith("unsupported or corrupt", ReferenceQa.Analyze(path, WavFile.Stream).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSet_UnderTenSecondsOfSpeech_Rejected()
    {
        var report = ReferenceQa.Analyze("a.wav", Signals.Speechlike(5), 16000);
        var problem = ReferenceQa.CheckSet([report], [new SpeakerEmbedding("e", [1f])], 0.5);
        Assert.Contains("at least 10 s", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSet_TwoSpeakers_RejectedNamingBothFiles()
    {
        var a = ReferenceQa.Analyze("a.wav", Signals.Speechlike(8), 16000);
        var b = ReferenceQa.Analyze("b.wav", Signals.Speechlike(8), 16000);
        var problem = ReferenceQa.CheckSet([a, b], [new SpeakerEmbedding("e", [1f, 0f]), new SpeakerEmbedding("e", [0f, 1f])], 0.5);
        Assert.Contains("a.wav and b.wav sound like different speakers", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSet_OneReferenceOfAnotherSpeaker_RejectedNamingIt()
    {
        var reports = new[] { "a.wav", "b.wav", "c.wav" }.Select(f => ReferenceQa.Analyze(f, Signals.Speechlike(5), 16000)).ToList();
        var problem = ReferenceQa.CheckSet(reports, [Unit(1, 0.1, 0), Unit(0.95, 0.2, 0), Unit(0, 0, 1)], 0.5);
        Assert.Contains("c.wav sounds like another speaker than the other references", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSet_TwoClipsOfOneSpeakerUnderThresholdPairwise_AcceptedWhenCloseToTheRest()
    {
        // a and b are 0.45 apart, as two short clips of one speaker can be; each is close to the mean of the others.
        var reports = new[] { "a.wav", "b.wav", "c.wav", "d.wav" }.Select(f => ReferenceQa.Analyze(f, Signals.Speechlike(5), 16000)).ToList();
        var a = Unit(1, 0, 0);
        var b = Unit(0.45, Math.Sqrt(1 - (0.45 * 0.45)), 0);
        Assert.True(a.Similarity(b) < 0.5);
        Assert.Null(ReferenceQa.CheckSet(reports, [a, b, Unit(0.8, 0.6, 0), Unit(0.75, 0.55, 0.1)], 0.5));
    }

    private static SpeakerEmbedding Unit(double x, double y, double z)
    {
        var length = Math.Sqrt((x * x) + (y * y) + (z * z));
        return new SpeakerEmbedding("e", [(float)(x / length), (float)(y / length), (float)(z / length)]);
    }
}
