using Narrator.Audio;

namespace Narrator.Voices.Tests.Script;

public sealed class ScriptEnrollmentTests : IDisposable
{
    private readonly Enrollments _enrollments = new();

    [Fact]
    public void Enroll_GoodTakes_ReferencesKeepPromptIdAndText()
    {
        var prompts = Takes.Write(Folder, 4);
        using var few = ConsentTesting.AllowFewTakes(5);
        var result = Enroll(Takes.Heard(prompts));

        var voice = _enrollments.Store.Get("jane-doe");
        Assert.Equal(prompts.Select(p => p.Id), voice.References.Select(r => r.PromptId));
        Assert.Equal(prompts.Select(p => p.Text), voice.References.Select(r => r.PromptText));
        Assert.Equal(prompts.Select(p => p.Id + ".wav"), voice.References.Select(r => r.File));
        Assert.All(voice.References, r => Assert.Equal(0, r.Qa.WordErrorRate));
        Assert.Empty(ConsentPolicy.Problems(_enrollments.Store, voice, "audiobook", "anyone", Enrollments.Today));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Enroll_SomeBadTakes_LeftOutListedAndWarned()
    {
        var prompts = Takes.Write(Folder, 4);
        Signals.Write(Folder, prompts[1].Id + ".wav", Signals.Speechlike(0.2));
        File.WriteAllText(Path.Combine(Folder, "mystery.wav"), "?");
        using var few = ConsentTesting.AllowFewTakes(4);
        var result = Enroll(Takes.Heard(prompts, insteadAt: 2, instead: "something else entirely was read here"));

        Assert.Equal([prompts[0].Id, prompts[3].Id], _enrollments.Store.Get("jane-doe").References.Select(r => r.PromptId));
        Assert.Equal(5, result.Reports.Count);
        Assert.Equal(3, result.Reports.Count(r => !r.Passed));
        Assert.StartsWith("too short", result.Reports.Single(r => r.File == prompts[1].Id + ".wav").Rejection, StringComparison.Ordinal);
        Assert.StartsWith("the words do not match", result.Reports.Single(r => r.File == prompts[2].Id + ".wav").Rejection, StringComparison.Ordinal);
        Assert.Contains("3 of 5 files left out", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Enroll_TooFewGoodMinutes_RefusedNamingWhatIsMissing()
    {
        var prompts = Takes.Write(Folder, 4);
        var e = Assert.Throws<EnrollmentRefusedException>(() => Enroll(Takes.Heard(prompts)));
        Assert.Contains("0.15 minutes of speech in 4 good takes (0 of 4 files left out, listed above); at least 2.0 minutes are needed", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, e.Reports.Count);
        Assert.Empty(_enrollments.Store.List());
    }

    [Fact]
    public void Enroll_ConsentBySomeoneElse_RefusedLikeReferences()
    {
        var prompts = Takes.Write(Folder, 4);
        using var few = ConsentTesting.AllowFewTakes(5);
        var e = Assert.Throws<EnrollmentRefusedException>(() => Enroll(Takes.Heard(prompts), _enrollments.BobConsent));
        Assert.Contains("does not match the voice's speaker", e.Message, StringComparison.Ordinal);
        Assert.Empty(_enrollments.Store.List());
    }

    [Fact]
    public void Enroll_EditedPromptText_NoLongerVerifies()
    {
        var prompts = Takes.Write(Folder, 4);
        using var few = ConsentTesting.AllowFewTakes(5);
        var folder = Enroll(Takes.Heard(prompts)).Folder;
        var path = Path.Combine(folder, VoiceRecord.FileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace(prompts[0].Text, "Something else.", StringComparison.Ordinal));

        Assert.Contains(ConsentPolicy.Problems(_enrollments.Store, _enrollments.Store.Get("jane-doe"), "audiobook", "anyone", Enrollments.Today), p => p.Contains("signature", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _enrollments.Dispose();

    private string Folder => Path.Combine(_enrollments.Input, "takes");

    private EnrollmentResult Enroll(IStatementRecognizer recognizer, string? consent = null) =>
        new VoiceEnroller(new FakeEmbedder(), Enrollments.Bundle, WavFile.Stream, recognizer).Enroll(
            _enrollments.Request(consent) with { References = [], Recordings = RecordingFolder.FromDirectory(Folder) }, _enrollments.Store, Enrollments.Today);
}
