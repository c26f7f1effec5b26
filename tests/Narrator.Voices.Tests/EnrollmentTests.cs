using Narrator.Core;

namespace Narrator.Voices.Tests;

public sealed class EnrollmentTests
{
    [Fact]
    public void Enroll_UnverifiedStatement_WritesVoiceWithHashesAndSkippedCheck()
    {
        using var enrollments = new Enrollments();
        var result = enrollments.Enroll();
        var voice = enrollments.Store.Get("jane-doe");
        Assert.Equal("Jane Doe", voice.DisplayName);
        Assert.Equal(StatementCheck.Skipped, voice.Consent!.StatementVerified);
        Assert.Equal(2, voice.References.Count);
        Assert.True(File.Exists(Path.Combine(result.Folder, "consent.wav")));
        Assert.All(voice.References, r => Assert.True(File.Exists(Path.Combine(result.Folder, "references", r.File))));
        Assert.Empty(ConsentPolicy.Problems(enrollments.Store, voice, "audiobook", "anyone", Enrollments.Today));
    }

    [Fact]
    public void Enroll_SameNameTwice_SecondGetsNumberedId()
    {
        using var enrollments = new Enrollments();
        enrollments.Enroll();
        Assert.Equal("jane-doe-2", enrollments.Enroll().Voice.Id);
    }

    [Fact]
    public void Enroll_StatementWithoutSpeakersName_Refused()
    {
        using var enrollments = new Enrollments();
        var e = Assert.Throws<EnrollmentRefusedException>(() => enrollments.Enroll(enrollments.Request(statement: ConsentStatement.Text("John Roe", "any", []))));
        Assert.Contains("does not name the speaker", e.Message, StringComparison.Ordinal);
        Assert.Empty(enrollments.Store.List());
    }

    [Fact]
    public void Enroll_ConsentBySomeoneElse_RefusedWithSimilarity()
    {
        using var enrollments = new Enrollments();
        var e = Assert.Throws<EnrollmentRefusedException>(() => enrollments.Enroll(enrollments.Request(consent: enrollments.BobConsent)));
        Assert.Contains("does not match the voice's speaker (similarity 0.000 < threshold 0.500)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enroll_RejectedReference_ReportsReasonAndFigures()
    {
        using var enrollments = new Enrollments();
        var noisy = Signals.Write(enrollments.Input, "noisy.wav", Signals.Speechlike(8, noise: 0.3f));
        var request = enrollments.Request();
        var e = Assert.Throws<EnrollmentRefusedException>(() => enrollments.Enroll(new EnrollmentRequest
        {
            Name = request.Name, ConsentRecording = request.ConsentRecording, Statement = request.Statement, References = [noisy, .. request.References], UnverifiedStatement = true,
        }));
        Assert.Contains("noisy.wav: too noisy", e.Message, StringComparison.Ordinal);
        Assert.Contains("dB", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Reports.Count);
    }

    [Fact]
    public void Enroll_RecognizerHearsStatement_RecordsVerified()
    {
        using var enrollments = new Enrollments();
        var request = enrollments.Request();
        var verified = Enrollments.Enroller(new FakeRecognizer(Enrollments.Statement)).Enroll(new EnrollmentRequest
        {
            Name = request.Name, ConsentRecording = request.ConsentRecording, Statement = request.Statement, References = request.References,
        }, enrollments.Store, Enrollments.Today);
        Assert.Equal(StatementCheck.Verified, verified.Voice.Consent!.StatementVerified);
        Assert.Contains("100", verified.Voice.Consent.StatementCheckDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void Enroll_RecognizerHearsSomethingElse_Refused()
    {
        using var enrollments = new Enrollments();
        var request = enrollments.Request();
        var enroller = Enrollments.Enroller(new FakeRecognizer("the weather is nice today"));
        var e = Assert.Throws<EnrollmentRefusedException>(() => enroller.Enroll(new EnrollmentRequest
        {
            Name = request.Name, ConsentRecording = request.ConsentRecording, Statement = request.Statement, References = request.References,
        }, enrollments.Store, Enrollments.Today));
        Assert.Contains("does not say the consent statement", e.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.BadInput, e.Kind);
    }

    [Fact]
    public void Enroll_NoRecognizerAvailable_RecordsUnverifiedWithReason()
    {
        using var enrollments = new Enrollments();
        var request = enrollments.Request();
        var result = Enrollments.Enroller(new FakeRecognizer(null)).Enroll(new EnrollmentRequest
        {
            Name = request.Name, ConsentRecording = request.ConsentRecording, Statement = request.Statement, References = request.References,
        }, enrollments.Store, Enrollments.Today);
        Assert.Equal(StatementCheck.Unverified, result.Voice.Consent!.StatementVerified);
        Assert.Equal("fake recognizer unavailable", result.Voice.Consent.StatementCheckDetail);
    }
}
