using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Narrator.Core;
using Narrator.Synthesis.Provenance;
using Narrator.Synthesis.Provenance.Signing;

namespace Narrator.Synthesis.Tests.Provenance;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
public sealed class EmbeddedProvenanceTests : IDisposable
{
    private readonly ProvenanceMedia _media = new();
    private readonly SigningCredential _development;

    public EmbeddedProvenanceTests()
    {
        _development = SigningCredential.Development(_media.File("keys"));
    }

    public static TheoryData<string> Formats => new() { "wav", "flac", "mp3", "m4b" };

    private static ProvenanceRecord Record => new()
    {
        Voice = "narrator-default/bdl",
        VoiceFingerprint = "f00dfeed",
        ConsentRecordId = "consent-1",
        ConsentRecordSha256 = new string('a', 64),
        WatermarkPayload = "235108f9",
        Title = "The Keeper: Chapter One",
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Sign_ThenVerify_ValidWithTheClaimsFactsAndStillDecodes(string format)
    {
        var file = await _media.ToneAsync(format);
        var before = await ProvenanceMedia.DecodeErrorsAsync(file);

        EmbeddedProvenance.Sign(file, Record, _development);
        var result = EmbeddedProvenance.Verify(file);

        Assert.Equal(ProvenanceStatus.Valid, result.Status);
        Assert.Null(result.Reason);
        Assert.Equal("c2pa.created", result.Action);
        Assert.Equal(ProvenanceRecord.TrainedAlgorithmicMedia, result.DigitalSourceType);
        Assert.Equal("narrator-default/bdl", result.Voice);
        Assert.Equal("f00dfeed", result.VoiceFingerprint);
        Assert.Equal(new string('a', 64), result.ConsentRecordSha256);
        Assert.Equal("235108f9", result.WatermarkPayload);
        Assert.Equal("The Keeper: Chapter One", result.Title);
        Assert.StartsWith("Narrator ", result.ClaimGenerator, StringComparison.Ordinal);
        Assert.StartsWith("urn:c2pa:", result.Manifest, StringComparison.Ordinal);
        Assert.True(result.DevelopmentKey);
        Assert.Equal(before, await ProvenanceMedia.DecodeErrorsAsync(file));
        Assert.Empty(Directory.GetFiles(_media.Folder, ".*"));
    }

    [Fact]
    public async Task Sign_SeveralVoicesHeard_VerifyReadsEachWithItsConsentRecordAndRoles()
    {
        var file = await _media.ToneAsync("flac");
        VoiceCredit[] voices =
        [
            new() { Voice = "narrator-default/bdl", VoiceFingerprint = "f00dfeed", WatermarkPayload = "235108f9", Roles = ["narration"] },
            new() { Voice = "jane-doe", VoiceFingerprint = "beefcafe", ConsentRecordId = "consent-jane", ConsentRecordSha256 = new string('b', 64), WatermarkPayload = "0badf00d", Roles = ["Alice", "other dialogue"] },
        ];

        EmbeddedProvenance.Sign(file, Record with { Voices = voices }, _development);
        var result = EmbeddedProvenance.Verify(file);

        Assert.Equal(ProvenanceStatus.Valid, result.Status);
        Assert.Equal(voices, result.Voices!, (a, b) => a.Voice == b.Voice && a.VoiceFingerprint == b.VoiceFingerprint && a.ConsentRecordId == b.ConsentRecordId
            && a.ConsentRecordSha256 == b.ConsentRecordSha256 && a.WatermarkPayload == b.WatermarkPayload && a.Roles.SequenceEqual(b.Roles));
        Assert.Null(EmbeddedProvenance.Verify(await SignedAlone()).Voices);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Verify_OneAudioByteFlipped_InvalidBecauseTheAudioChanged(string format)
    {
        var file = await _media.ToneAsync(format);
        EmbeddedProvenance.Sign(file, Record, _development);
        var bytes = await File.ReadAllBytesAsync(file);
        var audio = format == "m4b" ? bytes.Length / 3 : bytes.Length - 100; // inside mdat (before the manifest box) / the last audio frames
        if (format == "wav")
        {
            audio = 200; // inside the data chunk; the manifest chunk follows it
        }

        bytes[audio] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);

        var result = EmbeddedProvenance.Verify(file);

        Assert.Equal(ProvenanceStatus.Invalid, result.Status);
        Assert.Contains("the audio was changed", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Verify_OneManifestByteFlipped_InvalidNamingWhatChanged(string format)
    {
        var file = await _media.ToneAsync(format);
        EmbeddedProvenance.Sign(file, Record, _development);
        var bytes = await File.ReadAllBytesAsync(file);

        // The first copy of the title is in the voice assertion, the second in the claim.
        var title = Encoding.UTF8.GetBytes("The Keeper");
        var inAssertion = bytes.AsSpan().IndexOf(title);
        var inClaim = inAssertion + title.Length + bytes.AsSpan(inAssertion + title.Length).IndexOf(title);
        var assertionEdited = (byte[])bytes.Clone();
        assertionEdited[inAssertion + 4] ^= 0x01;
        bytes[inClaim + 4] ^= 0x01;
        var claimEdited = _media.File($"claim.{format}");
        await File.WriteAllBytesAsync(file, assertionEdited);
        await File.WriteAllBytesAsync(claimEdited, bytes);

        var assertion = EmbeddedProvenance.Verify(file);
        var claim = EmbeddedProvenance.Verify(claimEdited);

        Assert.Equal(ProvenanceStatus.Invalid, assertion.Status);
        Assert.Equal("the assertion org.narrator.voice was changed: its hash does not match the one in the claim", assertion.Reason);
        Assert.Equal(ProvenanceStatus.Invalid, claim.Status);
        Assert.Equal("the COSE signature does not match the claim (the claim or the signature was changed)", claim.Reason);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Verify_FileWithoutManifest_Missing(string format)
    {
        var file = await _media.ToneAsync(format);

        var result = EmbeddedProvenance.Verify(file);

        Assert.Equal(ProvenanceStatus.Missing, result.Status);
    }

    [Fact]
    public async Task Verify_GarbageInTheManifestChunk_InvalidSayingTheStoreIsMalformed()
    {
        var file = await _media.ToneAsync("wav");
        var garbage = Encoding.ASCII.GetBytes("this is not a manifest store");
        var riffSize = (int)new FileInfo(file).Length - 8 + 8 + garbage.Length;
        using (var stream = new FileStream(file, FileMode.Open))
        {
            stream.Position = 4;
            stream.Write(BitConverter.GetBytes(riffSize));
            stream.Seek(0, SeekOrigin.End);
            stream.Write("C2PA"u8);
            stream.Write(BitConverter.GetBytes(garbage.Length));
            stream.Write(garbage);
        }

        var result = EmbeddedProvenance.Verify(file);

        Assert.Equal(ProvenanceStatus.Invalid, result.Status);
        Assert.StartsWith("the manifest store is malformed: ", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_TwiceOnOneFile_OneManifestWhichIsTheLatest()
    {
        var file = await _media.ToneAsync("mp3");
        EmbeddedProvenance.Sign(file, Record, _development);
        var length = new FileInfo(file).Length;

        EmbeddedProvenance.Sign(file, Record with { Title = "The Keeper: Chapter Two" }, _development);

        var result = EmbeddedProvenance.Verify(file);
        Assert.Equal(ProvenanceStatus.Valid, result.Status);
        Assert.Equal("The Keeper: Chapter Two", result.Title);
        Assert.Equal(length, new FileInfo(file).Length);
    }

    [Fact]
    public async Task Sign_PublisherCertificate_VerifyNamesThePublisherNotADevelopmentKey()
    {
        var (certificate, key) = WritePublisherPem("CN=Example Press, O=Example Press Ltd");
        using var publisher = SigningCredential.FromPemFiles(certificate, key);
        var file = await _media.ToneAsync("flac");

        EmbeddedProvenance.Sign(file, Record, publisher);
        var result = EmbeddedProvenance.Verify(file);

        Assert.Equal(ProvenanceStatus.Valid, result.Status);
        Assert.False(publisher.IsDevelopment);
        Assert.False(result.DevelopmentKey);
        Assert.Equal("CN=Example Press, O=Example Press Ltd", result.Signer);
    }

    [Fact]
    public void FromPemFiles_KeyOfAnotherCertificate_ErrorNamesTheKeyFile()
    {
        var (certificate, _) = WritePublisherPem("CN=Example Press");
        var (_, otherKey) = WritePublisherPem("CN=Someone Else", "other");

        var error = Assert.Throws<NarratorException>(() => SigningCredential.FromPemFiles(certificate, otherKey));

        Assert.Contains(otherKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not belong to the certificate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromPemFiles_MissingCertificate_ErrorNamesTheFile()
    {
        var missing = _media.File("no-such-certificate.pem");

        var error = Assert.Throws<NarratorException>(() => SigningCredential.FromPemFiles(missing, missing));

        Assert.Equal($"{missing}: cannot read the signing certificate (the file does not exist).", error.Message);
    }

    [Fact]
    public void Development_SecondCall_ReusesTheStoredKeyWhoseSubjectSaysDevelopment()
    {
        using var again = SigningCredential.Development(_media.File("keys"));

        Assert.Equal(_development.Certificate.Thumbprint, again.Certificate.Thumbprint);
        Assert.Contains(SigningCredential.DevelopmentMarker, again.Certificate.Subject, StringComparison.Ordinal);
        Assert.True(again.IsDevelopment);
    }

    [Fact]
    public async Task Sign_NotAnAudioFile_ErrorNamesTheFileAndLeavesItAlone()
    {
        var file = _media.File("notes.txt");
        await File.WriteAllTextAsync(file, "Chapter one, take two.");

        var error = Assert.Throws<NarratorException>(() => EmbeddedProvenance.Sign(file, Record, _development));

        Assert.Equal($"{file}: cannot embed a C2PA manifest: it is not a WAV, FLAC, MP3 or MP4/M4A/M4B file.", error.Message);
        Assert.Equal("Chapter one, take two.", await File.ReadAllTextAsync(file));
        Assert.Equal(["notes.txt"], Directory.GetFiles(_media.Folder).Select(Path.GetFileName));
    }

    private async Task<string> SignedAlone()
    {
        var file = await _media.ToneAsync("wav");
        EmbeddedProvenance.Sign(file, Record, _development);
        return file;
    }

    public void Dispose()
    {
        _development.Dispose();
        _media.Dispose();
    }

    private (string Certificate, string Key) WritePublisherPem(string subject, string name = "publisher")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var certificateFile = _media.File($"{name}-certificate.pem");
        var keyFile = _media.File($"{name}-key.pem");
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certificateFile, keyFile);
    }
}
