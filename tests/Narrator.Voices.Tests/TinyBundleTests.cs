using Narrator.Audio;
using Narrator.Core;
using Narrator.Models.Bundles;
using Narrator.Synthesis.Voices;

namespace Narrator.Voices.Tests;

/// <summary>Mechanics with the tiny bundle's real (random-weight) encoder; its similarities mean nothing, so the threshold is set to accept.</summary>
public sealed class TinyBundleTests
{
    private static string TinyBundle => Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");

    private static EnrollmentResult Enroll(Enrollments enrollments, string? bundle = null)
    {
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        using var embedder = BundleEmbedder.FromDirectory(bundle ?? TinyBundle);
        var request = enrollments.Request();
        return new VoiceEnroller(embedder, embedder.Bundle, WavFile.Stream).Enroll(new EnrollmentRequest
        {
            Name = request.Name, ConsentRecording = request.ConsentRecording, Statement = request.Statement, References = request.References,
            UnverifiedStatement = true, Thresholds = new ConsentThresholds { Speaker = -1 },
        }, enrollments.Store, Enrollments.Today);
    }

    [Fact]
    public void Resolve_EnrolledId_ResolvesToTheStoreFolder()
    {
        using var enrollments = new Enrollments();
        var result = Enroll(enrollments);
        var reference = VoiceResolver.Resolve("jane-doe", Path.Combine(enrollments.Input, "no-stock"), enrollments.Store.Folder);
        Assert.Equal(VoiceKind.Enrolled, reference.Kind);
        Assert.Equal(result.Folder, reference.Path);
        Assert.Equal(Path.GetFullPath(TinyBundle), result.Voice.Bundle.Path);
    }

    [Fact]
    public void Load_EnrolledVoiceInScope_SpeaksWithItsEmbedding()
    {
        using var enrollments = new Enrollments();
        Enroll(enrollments);
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        using var voice = Gate(enrollments).Open(new VoiceRequest { Voice = "jane-doe", Use = "audiobook", Publisher = "p" }, Enrollments.Today);
        var audio = voice.Speak(voice.Phonemizer.Phonemize("Hello there."), VoiceSettings.Default);
        Assert.NotEmpty(audio);
    }

    [Fact]
    public void Load_EnrolledVoice_ItsProvenanceStatesTheHashOfItsConsentRecord()
    {
        using var enrollments = new Enrollments();
        Enroll(enrollments);
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        using var voice = Gate(enrollments).Open(new VoiceRequest { Voice = "jane-doe", Use = "audiobook", Publisher = "p" }, Enrollments.Today);

        var provenance = Synthesis.Provenance.ProvenanceRecord.For(voice);

        Assert.Matches("^[0-9a-fA-F]{64}$", voice.Consent!.RecordSha256);
        Assert.Equal(voice.Consent.RecordSha256, provenance.ConsentRecordSha256);
        Assert.Equal(enrollments.Store.Get("jane-doe").Consent!.Id, provenance.ConsentRecordId);
    }

    [Theory]
    [InlineData("tiny-prosody", true)]
    [InlineData("tiny", false)]
    public void Load_EnrolledVoice_HasTheProsodyControlsOfItsBundle(string bundle, bool expected)
    {
        using var enrollments = new Enrollments();
        Enroll(enrollments, Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", bundle));
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();

        using var voice = Gate(enrollments).Open(new VoiceRequest { Voice = "jane-doe", Use = "audiobook", Publisher = "p" }, Enrollments.Today);

        Assert.Equal(expected, voice.HasProsodyControls);
    }

    [Fact]
    public void Synthesizer_EnrolledVoiceOnABundleWithoutControls_RefusesAnEnergyNamingTheVoice()
    {
        using var enrollments = new Enrollments();
        Enroll(enrollments);
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        using var voice = Gate(enrollments).Open(new VoiceRequest { Voice = "jane-doe", Use = "audiobook", Publisher = "p" }, Enrollments.Today);

        var e = Assert.Throws<NarratorException>(() => Synthesis.Synthesizer.Create(voice, new Synthesis.SynthesisOptions { Voice = new VoiceSettings { Energy = 2f } }, ownsVoice: false));

        Assert.Contains("Voice 'jane-doe' cannot scale its energy by 2: its model has no energy control", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BundleGotAnotherEncoder_SaysToEnrollAgain()
    {
        using var enrollments = new Enrollments();
        var bundle = Path.Combine(enrollments.Input, "bundle");
        Directory.CreateDirectory(bundle);
        foreach (var file in Directory.GetFiles(TinyBundle))
        {
            File.Copy(file, Path.Combine(bundle, Path.GetFileName(file)));
        }

        Enroll(enrollments, bundle);
        var manifest = Path.Combine(bundle, "model.json");
        var encoderId = BundleManifest.Read(bundle).Encoder.Id;
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(encoderId, "other-encoder", StringComparison.Ordinal));
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();

        var e = Assert.Throws<VoiceException>(() => Gate(enrollments).Open(new VoiceRequest { Voice = "jane-doe", Use = "audiobook", Publisher = "p" }, Enrollments.Today));

        Assert.Contains("other-encoder", e.Message, StringComparison.Ordinal);
        Assert.Contains("enroll the voice again", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TamperedReference_RefusedBeforeSynthesis()
    {
        using var enrollments = new Enrollments();
        var result = Enroll(enrollments);
        File.AppendAllText(Path.Combine(result.Folder, "references", result.Voice.References[1].File), "x");
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        var e = Assert.Throws<ConsentRefusedException>(() => Gate(enrollments).Open(new VoiceRequest { Voice = "jane-doe", Use = "audiobook", Publisher = "p" }, Enrollments.Today));
        Assert.Equal(ErrorKind.Refused, e.Kind);
    }

    [Fact]
    public void Load_EnrolledVoiceThroughPlainLoader_Refused()
    {
        using var enrollments = new Enrollments();
        Enroll(enrollments);
        var reference = VoiceResolver.Resolve("jane-doe", Path.Combine(enrollments.Input, "no-stock"), enrollments.Store.Folder);
        Assert.Equal(ErrorKind.Refused, Assert.Throws<NarratorException>(() => VoiceLoader.Load(reference)).Kind);
    }

    [Fact]
    public void Open_EnrolledBelowCalibratedThresholdOutsideTests_Refused()
    {
        using var enrollments = new Enrollments();
        Enroll(enrollments);
        var e = Assert.Throws<ConsentRefusedException>(() => Gate(enrollments).Open(new VoiceRequest { Voice = "jane-doe", Use = "audiobook", Publisher = "p" }, Enrollments.Today));
        Assert.Contains("below the calibrated", e.Message, StringComparison.Ordinal);
    }

    internal static VoiceGate Gate(Enrollments enrollments) => VoiceGate.Create(new VoiceGateOptions
    {
        StockFolder = Path.Combine(enrollments.Input, "no-stock"),
        StoreFolder = enrollments.Store.Folder,
        Recognizer = null,
    });
}
