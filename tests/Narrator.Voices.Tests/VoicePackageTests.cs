using System.IO.Compression;
using Narrator.Audio;

namespace Narrator.Voices.Tests;

public sealed class VoicePackageTests
{
    [Fact]
    public void ExportImport_IntoStoreHoldingTheId_GetsNewSlugAndVerifies()
    {
        using var enrollments = new Enrollments();
        var original = enrollments.Enroll().Voice;
        var package = Path.Combine(enrollments.Input, "jane.narrator-voice");
        VoicePackage.Export(enrollments.Store, original.Id, package);

        var imported = enrollments.Import(package);

        Assert.Equal("jane-doe-2", imported.Id);
        Assert.Equal(original.Consent!.RecordingSha256, enrollments.Store.Get("jane-doe-2").Consent!.RecordingSha256);
        Assert.Empty(ConsentPolicy.Problems(enrollments.Store, enrollments.Store.Get("jane-doe-2"), "audiobook", "p", Enrollments.Today));
    }

    [Fact]
    public void Import_EntryClimbingOutOfTheFolder_Refused()
    {
        using var temp = new TempFolder();
        var package = temp.Combine("evil.narrator-voice");
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("../../outside.txt").Open());
            writer.Write("x");
        }

        var store = VoiceStore.At(temp.Combine("store"));
        var e = Assert.Throws<VoiceException>(() => VoicePackage.Import(store, package, new FakeEmbedder(), Enrollments.Bundle, WavFile.Stream, Enrollments.Today));
        Assert.Contains("outside the voice folder", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("outside.txt")));
        Assert.Empty(store.List());
    }

    [Fact]
    public void Import_TamperedReference_RefusedAndNothingAdded()
    {
        using var enrollments = new Enrollments();
        var original = enrollments.Enroll().Voice;
        var package = Path.Combine(enrollments.Input, "jane.narrator-voice");
        VoicePackage.Export(enrollments.Store, original.Id, package);
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Update))
        {
            var name = "references/" + original.References[0].File;
            zip.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write("not the recording");
        }

        var e = Assert.Throws<ConsentRefusedException>(() => enrollments.Import(package));
        Assert.Contains("has changed since enrollment", e.Message, StringComparison.Ordinal);
        Assert.Single(enrollments.Store.List());
    }
}
