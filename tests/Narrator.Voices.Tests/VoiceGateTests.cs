using Narrator.Audio;
using Narrator.Core;
using Narrator.Synthesis.Voices;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices.Tests;

/// <summary>The consent gate as an embedding application meets it: clones of references or embeddings, with the tiny bundle.</summary>
public sealed class VoiceGateTests
{
    private static string TinyBundle => Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");

    [Fact]
    public void Open_ReferenceWithoutConsent_RefusedWithWhatToDo()
    {
        using var enrollments = new Enrollments();
        var e = Assert.Throws<ConsentRefusedException>(() => Gate(enrollments).Open(new VoiceRequest { Voice = TinyBundle, References = enrollments.References, Use = "preview" }));
        Assert.Equal(ErrorKind.Refused, e.Kind);
        Assert.Contains("--consent", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_EmbeddingWithoutConsent_Refused()
    {
        using var enrollments = new Enrollments();
        var file = Path.Combine(enrollments.Input, "jane.json");
        await new SpeakerEmbedding("any", [1f, 0f]).SaveAsync(file, ["jane1.wav"]);
        Assert.Throws<ConsentRefusedException>(() => Gate(enrollments).Open(new VoiceRequest { Voice = TinyBundle, EmbeddingFile = file, Use = "preview" }));
    }

    [Fact]
    public void Open_ReferenceWithConsentOfTheSameSpeaker_SpeaksAsAPreviewUnderThatConsent()
    {
        using var enrollments = new Enrollments();
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        using var voice = Gate(enrollments).Open(CloneRequest(enrollments, "preview"));

        var audio = voice.Speak(voice.Phonemizer.Phonemize("Hello there."), VoiceSettings.Default);

        Assert.NotEmpty(audio);
        Assert.Equal("narrator-tiny/clone", voice.Name);
        Assert.StartsWith("preview-", voice.Consent!.RecordId, StringComparison.Ordinal);
        Assert.Equal("preview-" + voice.Consent.RecordSha256![..16], voice.Consent.RecordId);
        Assert.Equal("preview", voice.Consent.Use);
    }

    [Fact]
    public void Open_ReferenceWithConsentForAnAudiobook_RefusedAsZeroShotIsAPreview()
    {
        using var enrollments = new Enrollments();
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        var e = Assert.Throws<ConsentRefusedException>(() => Gate(enrollments).Open(CloneRequest(enrollments, "audiobook")));
        Assert.Contains("voice enroll", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ConsentThatNarratorSynthesized_Refused()
    {
        using var enrollments = new Enrollments();
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        var marked = Signals.Write(enrollments.Input, "synthetic-consent.wav", Watermark.Watermarker.Mark(
            Signals.Speechlike(12), 16000, Watermark.WatermarkKey.Default, new Watermark.WatermarkPayload(0xC0FFEE)));

        var e = Assert.Throws<ConsentRefusedException>(() => Gate(enrollments).Open(CloneRequest(enrollments, "preview") with { ConsentRecording = marked }));

        Assert.Contains("synthetic-consent.wav", e.Message, StringComparison.Ordinal);
        Assert.Contains("watermark", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UncalibratedThresholdOutsideTests_RefusedAsBadInput()
    {
        using var enrollments = new Enrollments();
        var e = Assert.Throws<VoiceException>(() => Gate(enrollments).Open(CloneRequest(enrollments, "preview") with { Thresholds = new ConsentThresholds { Speaker = 0 } }));
        Assert.Contains("calibrated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StockSpeaker_NeedsNoConsent()
    {
        using var enrollments = new Enrollments();
        using var voice = Gate(enrollments).Open(new VoiceRequest { Voice = TinyBundle, Speaker = "bravo", Use = "audiobook" });
        Assert.Null(voice.Consent);
    }

    private static VoiceRequest CloneRequest(Enrollments enrollments, string use) => new()
    {
        Voice = TinyBundle,
        References = enrollments.References,
        ConsentRecording = enrollments.Consent,
        ConsentStatement = Enrollments.Statement,
        UnverifiedStatement = true,
        Thresholds = new ConsentThresholds { Speaker = -1 },
        Use = use,
    };

    private static VoiceGate Gate(Enrollments enrollments) => TinyBundleTests.Gate(enrollments);
}
