using Narrator.Core;

namespace Narrator.Voices.Tests;

public sealed class ConsentPolicyTests
{
    private static EnrollmentResult Enroll(Enrollments enrollments, string publisher = "any", DateOnly? expires = null)
    {
        var request = enrollments.Request();
        return Enrollments.Enroller().Enroll(new EnrollmentRequest
        {
            Name = request.Name, ConsentRecording = request.ConsentRecording, Statement = request.Statement, References = request.References,
            UnverifiedStatement = true, Publisher = publisher, Uses = ["audiobook"], Expires = expires,
        }, enrollments.Store, Enrollments.Today);
    }

    [Fact]
    public void Check_AfterExpiry_Refused()
    {
        using var enrollments = new Enrollments();
        var result = Enroll(enrollments, expires: new DateOnly(2026, 12, 31));
        ConsentPolicy.Check(enrollments.Store, result.Voice, "audiobook", "p", new DateOnly(2026, 12, 31));
        var e = Assert.Throws<ConsentRefusedException>(() => ConsentPolicy.Check(enrollments.Store, result.Voice, "audiobook", "p", new DateOnly(2027, 1, 1)));
        Assert.Equal(ErrorKind.Refused, e.Kind);
        Assert.Contains("expired on 2026-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UseNotConsented_Refused()
    {
        using var enrollments = new Enrollments();
        var result = Enroll(enrollments);
        var e = Assert.Throws<ConsentRefusedException>(() => ConsentPolicy.Check(enrollments.Store, result.Voice, "advertising", "p", Enrollments.Today));
        Assert.Contains("not 'advertising'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherPublisher_Refused()
    {
        using var enrollments = new Enrollments();
        var result = Enroll(enrollments, publisher: "Acme Audio");
        ConsentPolicy.Check(enrollments.Store, result.Voice, "audiobook", "acme audio", Enrollments.Today);
        var e = Assert.Throws<ConsentRefusedException>(() => ConsentPolicy.Check(enrollments.Store, result.Voice, "audiobook", "Other House", Enrollments.Today));
        Assert.Contains("not 'Other House'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("references/01-jane1.wav")]
    [InlineData("consent.wav")]
    [InlineData("embedding.json")]
    public void Check_FileTampered_RefusedNamingIt(string file)
    {
        using var enrollments = new Enrollments();
        var result = Enroll(enrollments);
        File.AppendAllText(Path.Combine(result.Folder, file), "x");
        var e = Assert.Throws<ConsentRefusedException>(() => ConsentPolicy.Check(enrollments.Store, result.Voice, "audiobook", "p", Enrollments.Today));
        Assert.Contains($"{file} has changed since enrollment", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoConsentRecord_Refused()
    {
        using var enrollments = new Enrollments();
        var result = Enroll(enrollments);
        var e = Assert.Throws<ConsentRefusedException>(() => ConsentPolicy.Check(enrollments.Store, result.Voice with { Consent = null }, "audiobook", "p", Enrollments.Today));
        Assert.Contains("no consent record", e.Message, StringComparison.Ordinal);
    }
}
