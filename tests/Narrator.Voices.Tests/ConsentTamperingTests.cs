using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using Narrator.Audio;

namespace Narrator.Voices.Tests;

/// <summary>What a hostile or careless user tries on an enrolled voice: edits, swaps, lowered thresholds, synthetic consent, revocation.</summary>
public sealed class ConsentTamperingTests
{
    [Theory]
    [InlineData("publisher", "\"Other House\"")]
    [InlineData("uses", "[\"audiobook\", \"advertising\"]")]
    [InlineData("expires", "\"2099-12-31\"")]
    [InlineData("speakerThreshold", "0.9")]
    public void Problems_EditedConsentInVoiceJson_DoesNotVerify(string field, string value)
    {
        using var enrollments = new Enrollments();
        var folder = enrollments.Enroll().Folder;
        Edit(folder, json => json["consent"]![field] = JsonNode.Parse(value));

        var problems = ConsentPolicy.Problems(enrollments.Store, enrollments.Store.Get("jane-doe"), null, null, Enrollments.Today);

        Assert.Contains(problems, p => p.Contains("does not match its signature", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_SwappedReferenceWithUpdatedHash_DoesNotVerify()
    {
        using var enrollments = new Enrollments();
        var result = enrollments.Enroll();
        var reference = Path.Combine(result.Folder, "references", result.Voice.References[0].File);
        File.Copy(enrollments.BobConsent, reference, overwrite: true);
        Edit(result.Folder, json => json["references"]![0]!["sha256"] = Core.Sha256Hex.File(reference));

        var problems = ConsentPolicy.Problems(enrollments.Store, enrollments.Store.Get("jane-doe"), null, null, Enrollments.Today);

        Assert.Contains(problems, p => p.Contains("does not match its signature", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_VoiceJsonCopiedIntoAnotherStore_DoesNotVerify()
    {
        using var enrollments = new Enrollments();
        var folder = enrollments.Enroll().Folder;
        var other = VoiceStore.At(Path.Combine(enrollments.Input, "other store"));
        other.Sign(enrollments.Store.Get("jane-doe"));
        CopyFolder(folder, other.PathOf("jane-doe"));

        var problems = ConsentPolicy.Problems(other, other.Get("jane-doe"), null, null, Enrollments.Today);

        Assert.Contains(problems, p => p.Contains("does not match its signature", StringComparison.Ordinal));
    }

    [Fact]
    public void Enroll_ThresholdBelowCalibrated_RefusedAndNothingStored()
    {
        using var enrollments = new Enrollments();
        var e = Assert.Throws<VoiceException>(() => enrollments.Enroll(enrollments.Request(consent: enrollments.BobConsent) with { Thresholds = new ConsentThresholds { Speaker = 0 } }));
        Assert.Contains("calibrated 0.500", e.Message, StringComparison.Ordinal);
        Assert.Empty(enrollments.Store.List());
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void Validate_ThresholdOutOfRange_NamesIt(double speaker)
    {
        using var uncalibrated = ConsentTesting.AllowUncalibratedThresholds();
        var e = Assert.Throws<VoiceException>(() => new ConsentThresholds { Speaker = speaker > 1 ? speaker : 0.5, Statement = speaker < 0 ? 2 : 0.5 }.Validate());
        Assert.Contains("up to 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enroll_ExpiryInThePast_Refused()
    {
        using var enrollments = new Enrollments();
        var e = Assert.Throws<EnrollmentRefusedException>(() => enrollments.Enroll(enrollments.Request() with { Expires = Enrollments.Today.AddDays(-1) }));
        Assert.Contains("in the past", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enroll_ConsentCarryingNarratorsWatermark_Refused()
    {
        using var enrollments = new Enrollments();
        var marked = Signals.Write(enrollments.Input, "jane-synthetic.wav", Watermark.Watermarker.Mark(
            Signals.Speechlike(12), 16000, Watermark.WatermarkKey.Default, new Watermark.WatermarkPayload(7)));

        var e = Assert.Throws<EnrollmentRefusedException>(() => enrollments.Enroll(enrollments.Request(consent: marked)));

        Assert.Contains("watermark", e.Message, StringComparison.Ordinal);
        Assert.Empty(enrollments.Store.List());
    }

    [Fact]
    public void Enroll_ReferenceWithASynthesizedMinuteAfterThreeNaturalOnes_RefusedNamingWhere()
    {
        using var enrollments = new Enrollments();
        var synthesized = Watermark.Watermarker.Mark(Signals.Speechlike(60, pitch: 180), 16000, Watermark.WatermarkKey.Default, new Watermark.WatermarkPayload(7));
        var reference = Signals.Write(enrollments.Input, "jane-long.wav", [.. Signals.Speechlike(180), .. synthesized]);

        var e = Assert.Throws<ConsentRefusedException>(() => enrollments.Enroll(enrollments.Request() with { References = [reference] }));

        Assert.Contains("jane-long.wav: carries Narrator's watermark", e.Message, StringComparison.Ordinal);
        Assert.Contains("in the 2 minutes from 0:02:00", e.Message, StringComparison.Ordinal);
        Assert.Empty(enrollments.Store.List());
    }

    [Fact]
    public void Revoke_ConsentOfAVoice_StopsItAndItsImportedCopies()
    {
        using var enrollments = new Enrollments();
        var voice = enrollments.Enroll().Voice;
        var package = Path.Combine(enrollments.Input, "jane.narrator-voice");
        VoicePackage.Export(enrollments.Store, voice.Id, package);

        enrollments.Store.Revoke(voice.Consent!.Id);

        Assert.Contains(ConsentPolicy.Problems(enrollments.Store, voice, null, null, Enrollments.Today), p => p.Contains("was revoked", StringComparison.Ordinal));
        var e = Assert.Throws<ConsentRefusedException>(() => enrollments.Import(package));
        Assert.Contains("revoked", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoke_PublishedInTheListTheVoiceWasExportedWith_StopsItInAnotherStoreEvenWhenTheListIsLaterOutOfReach()
    {
        using var enrollments = new Enrollments();
        var voice = enrollments.Enroll().Voice;
        var list = Path.Combine(enrollments.Input, "shared folder", "acme-revocations.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(list)!);
        var package = Path.Combine(enrollments.Input, "jane.narrator-voice");
        VoicePackage.Export(enrollments.Store, voice.Id, package, list);
        var partner = VoiceStore.At(Path.Combine(enrollments.Input, "partner store"));
        var imported = VoicePackage.Import(partner, package, new FakeEmbedder(), Enrollments.Bundle, WavFile.Stream, Enrollments.Today);
        Assert.Equal(list, imported.RevocationList);
        Assert.Empty(ConsentPolicy.Problems(partner, imported, "audiobook", null, Enrollments.Today));

        PublishedRevocations.Publish(list, voice.Consent!.Id);

        Assert.Contains(ConsentPolicy.Problems(partner, imported, "audiobook", null, Enrollments.Today), p => p.Contains("revoked by its publisher", StringComparison.Ordinal));
        Directory.Delete(Path.GetDirectoryName(list)!, recursive: true);
        Assert.Contains(ConsentPolicy.Problems(partner, imported, "audiobook", null, Enrollments.Today), p => p.Contains("revoked by its publisher", StringComparison.Ordinal));
        Assert.DoesNotContain(ConsentPolicy.Problems(enrollments.Store, enrollments.Store.Get(voice.Id), "audiobook", null, Enrollments.Today), p => p.Contains("signature", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_PackageWhosePublisherAlreadyRevokedIt_Refused()
    {
        using var enrollments = new Enrollments();
        var voice = enrollments.Enroll().Voice;
        var list = Path.Combine(enrollments.Input, "revocations.txt");
        var package = Path.Combine(enrollments.Input, "jane.narrator-voice");
        VoicePackage.Export(enrollments.Store, voice.Id, package, list);
        PublishedRevocations.Publish(list, voice.Consent!.Id);
        PublishedRevocations.Publish(list, voice.Consent!.Id);
        var partner = VoiceStore.At(Path.Combine(enrollments.Input, "partner store"));

        var e = Assert.Throws<ConsentRefusedException>(() => VoicePackage.Import(partner, package, new FakeEmbedder(), Enrollments.Bundle, WavFile.Stream, Enrollments.Today));

        Assert.Contains("revoked by its publisher", e.Message, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(list), l => l == voice.Consent!.Id);
        Assert.Empty(partner.List());
    }

    [Fact]
    public void Problems_RevocationListEditedOutOfAnImportedVoice_DoesNotVerify()
    {
        using var enrollments = new Enrollments();
        var voice = enrollments.Enroll().Voice;
        var package = Path.Combine(enrollments.Input, "jane.narrator-voice");
        VoicePackage.Export(enrollments.Store, voice.Id, package, Path.Combine(enrollments.Input, "revocations.txt"));
        var partner = VoiceStore.At(Path.Combine(enrollments.Input, "partner store"));
        var imported = VoicePackage.Import(partner, package, new FakeEmbedder(), Enrollments.Bundle, WavFile.Stream, Enrollments.Today);
        Edit(partner.PathOf(imported.Id), json => json.AsObject().Remove("revocationList"));

        var problems = ConsentPolicy.Problems(partner, partner.Get(imported.Id), null, null, Enrollments.Today);

        Assert.Contains(problems, p => p.Contains("does not match its signature", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RecordNamingAFileOutsideTheVoice_Refused()
    {
        using var enrollments = new Enrollments();
        var result = enrollments.Enroll();
        var package = Path.Combine(enrollments.Input, "jane.narrator-voice");
        VoicePackage.Export(enrollments.Store, result.Voice.Id, package);
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("voice.json")!;
            JsonNode json;
            using (var reader = new StreamReader(entry.Open()))
            {
                json = JsonNode.Parse(reader.ReadToEnd())!;
            }

            entry.Delete();
            json["consent"]!["recordingFile"] = "../../input/jane-consent.wav";
            using var writer = new StreamWriter(zip.CreateEntry("voice.json").Open());
            writer.Write(json.ToJsonString());
        }

        var e = Assert.Throws<ConsentRefusedException>(() => enrollments.Import(package));

        Assert.Contains("inside the voice folder", e.Message, StringComparison.Ordinal);
        Assert.Single(enrollments.Store.List());
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void At_WorldWritableStore_Refused()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.Combine("open store")).FullName;
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.OtherWrite);

        var e = Assert.Throws<VoiceException>(() => VoiceStore.At(folder));

        Assert.Contains("writable by every user", e.Message, StringComparison.Ordinal);
    }

    private static void Edit(string folder, Action<JsonNode> edit)
    {
        var path = Path.Combine(folder, VoiceRecord.FileName);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
