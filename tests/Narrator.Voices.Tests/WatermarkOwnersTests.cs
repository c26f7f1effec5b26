using Narrator.Synthesis.Provenance;

namespace Narrator.Voices.Tests;

/// <summary>Whose a watermark payload is: an enrolled voice is found by its consent record, a payload of no voice here by nothing.</summary>
public sealed class WatermarkOwnersTests
{
    [Fact]
    public void Find_PayloadOfAnEnrolledVoice_NamesItAndItsConsentRecord()
    {
        using var enrollments = new Enrollments();
        var voice = enrollments.Enroll().Voice;
        var payload = ProvenanceRecord.PayloadOf(voice.Consent!.Id);

        var owners = WatermarkOwners.Find(payload, Path.Combine(enrollments.Input, "clip.wav"), enrollments.Store, stockFolder: enrollments.Input);

        Assert.Equal([$"the enrolled voice {voice.Id} ({voice.DisplayName}; consent record {voice.Consent.Id})"], owners);
    }

    [Fact]
    public void Find_PayloadOfNoVoiceHere_FindsNone()
    {
        using var enrollments = new Enrollments();
        enrollments.Enroll();

        Assert.Empty(WatermarkOwners.Find(0x12345678, Path.Combine(enrollments.Input, "clip.wav"), enrollments.Store, stockFolder: enrollments.Input));
    }
}
