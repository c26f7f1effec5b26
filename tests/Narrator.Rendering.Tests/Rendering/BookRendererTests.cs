using System.Text.Json;
using Narrator.Models;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Tests.Encoding;
using Narrator.Rendering.Timing;
using Narrator.Synthesis.Provenance;
using Narrator.Synthesis.Provenance.Signing;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Rendering;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(FfmpegCollection.Name)]
public sealed class BookRendererTests : IDisposable
{
    private static readonly string TinyVoice = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices", "tiny-piper", "en_US-tiny-x_low.onnx");
    private static readonly VoiceSettings Repeatable = new() { NoiseScale = 0, NoiseW = 0 };

    private readonly ScratchFolder _scratch = new();
    private readonly IVoice _voice = VoiceLoader.Load(VoiceResolver.Resolve(TinyVoice, "none"), new ExecutionOptions { Device = ExecutionDevice.Cpu });

    private string Out => _scratch.File("out");

    [Fact]
    public async Task RenderAsync_NewFolder_WritesEveryChapterTheReportAndTheAudiobook()
    {
        var report = await Render(TestBooks.Three());

        Assert.Equal(3, report.RenderedNow);
        Assert.True(report.PassesAcx, string.Join("; ", report.Chapters.SelectMany(c => c.State.Files).SelectMany(f => f.AcxFailures)));
        Assert.Equal(["01 - First.flac", "02 - Second.flac", "03 - Third.flac"], Names("chapters"));
        Assert.Equal(["01 - First.mp3", "02 - Second.mp3", "03 - Third.mp3"], Names("mp3"));
        Assert.Equal(Path.Combine(Out, "A Small Book.m4b"), report.AudiobookPath);
        using var state = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "render.json")));
        Assert.All(state.RootElement.GetProperty("chapters").EnumerateArray(), c => Assert.Equal("done", c.GetProperty("status").GetString()));
        Assert.True(File.Exists(Path.Combine(Out, "report.json")));
        Assert.False(Directory.Exists(Path.Combine(Out, ".work")));
    }

    [Fact]
    public async Task RenderAsync_EveryFile_CarriesASignedManifestProvenanceTagsAndASidecar()
    {
        var report = await Render(TestBooks.Make(("Only", "Just one.")));

        foreach (var file in new[] { Path.Combine(Out, "chapters", "01 - Only.flac"), Path.Combine(Out, "mp3", "01 - Only.mp3"), report.AudiobookPath! })
        {
            using var sidecar = JsonDocument.Parse(File.ReadAllText(file + ".provenance.json"));
            Assert.Equal("en_US-tiny-x_low", sidecar.RootElement.GetProperty("voice").GetString());
            Assert.Equal(8, sidecar.RootElement.GetProperty("watermarkPayload").GetString()!.Length);
            Assert.EndsWith("trainedAlgorithmicMedia", sidecar.RootElement.GetProperty("digitalSourceType").GetString(), StringComparison.Ordinal);
            var tags = Ffmpeg.Probe(file, "-show_format").RootElement.GetProperty("format").GetProperty("tags");
            Assert.Contains("Synthetic narration", tags.GetProperty("comment").GetString(), StringComparison.Ordinal);
            var manifest = EmbeddedProvenance.Verify(file);
            Assert.True(manifest.Status == ProvenanceStatus.Valid, $"{file}: {manifest.Status} {manifest.Reason}");
            Assert.Equal("en_US-tiny-x_low", manifest.Voice);
            Assert.Equal(sidecar.RootElement.GetProperty("watermarkPayload").GetString(), manifest.WatermarkPayload);
            Assert.Equal(sidecar.RootElement.GetProperty("title").GetString(), manifest.Title);
        }
    }

    [Fact]
    public async Task RenderAsync_PublisherSigningCredential_SignsTheMastersAndTheAudiobookWithIt()
    {
        using var key = System.Security.Cryptography.ECDsa.Create();
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Example Press", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var certificateFile = _scratch.File("press.pem");
        var keyFile = _scratch.File("press-key.pem");
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        using var publisher = SigningCredential.FromPemFiles(certificateFile, keyFile);

        var report = await Render(TestBooks.Make(("Only", "Just one.")), settings: new RenderSettings { SigningCredential = publisher, WriteMp3 = false });

        foreach (var file in new[] { Path.Combine(Out, "chapters", "01 - Only.flac"), report.AudiobookPath! })
        {
            var manifest = EmbeddedProvenance.Verify(file);
            Assert.Equal(ProvenanceStatus.Valid, manifest.Status);
            Assert.Equal("CN=Example Press", manifest.Signer);
            Assert.False(manifest.DevelopmentKey);
        }
    }

    [Fact]
    public async Task RenderAsync_ChapterOfShortParagraphs_CarriesOneUnbrokenWatermarkWithItsPayload()
    {
        // Lines of about a second, each its own synthesis call: marked alone from 0, neighbouring lines meet out of
        // phase inside the detector's windows; marked for their places in the chapter they form one mark. On this
        // fixture the 5 s excerpt scores 17.6 with the lines placed and 12.3 with each marked from 0.
        string[] lines = ["Yes.", "No, not now.", "Why?", "Because it rains.", "Then wait.", "I will.", "Good.", "Go on then.", "Fine.", "Thank you."];
        await Render(TestBooks.Paragraphs("Talk", lines), settings: new RenderSettings { ParagraphPause = TimeSpan.FromSeconds(0.2), ReadChapterTitles = false, WriteMp3 = false, WriteAudiobook = false });

        var master = Path.Combine(Out, "chapters", "01 - Talk.flac");
        var (samples, rate) = Audio.AudioDecoder.Read(master);
        var detection = Watermark.WatermarkDetector.Detect(samples.AsSpan(rate, 5 * rate), rate, Watermark.WatermarkKey.Default);
        using var sidecar = JsonDocument.Parse(File.ReadAllText(master + ".provenance.json"));
        Assert.True(detection.Score > 15 && detection.Payload is { } p && p.ToString("x8", System.Globalization.CultureInfo.InvariantCulture) == sidecar.RootElement.GetProperty("watermarkPayload").GetString(), $"{detection}");
    }

    [Fact]
    public async Task RenderAsync_SameBookAgain_RendersNothingAndKeepsTheFiles()
    {
        await Render(TestBooks.Three());
        var written = File.GetLastWriteTimeUtc(Path.Combine(Out, "chapters", "02 - Second.flac"));
        var progress = new RecordingProgress();

        var report = await Render(TestBooks.Three(), progress: progress);

        Assert.Equal(0, report.RenderedNow);
        Assert.Empty(progress.Started);
        Assert.False(progress.Assembled);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(Out, "chapters", "02 - Second.flac")));
    }

    [Fact]
    public async Task RenderAsync_OneChapterEdited_RendersExactlyThatChapterAndTheAudiobook()
    {
        await Render(TestBooks.Three());
        var progress = new RecordingProgress();
        var edited = TestBooks.Make(("First", "One small step."), ("Second", "Two different steps."), ("Third", "Three at last."));

        await Render(edited, progress: progress);

        Assert.Equal([2], progress.Started);
        Assert.True(progress.Assembled);
    }

    [Fact]
    public async Task RenderAsync_VoiceSettingsChanged_RendersEveryChapter()
    {
        await Render(TestBooks.Three());
        var progress = new RecordingProgress();

        await Render(TestBooks.Three(), new VoiceSettings { NoiseScale = 0, NoiseW = 0, Speed = 1.5f }, progress);

        Assert.Equal([1, 2, 3], progress.Started.Order());
    }

    [Fact]
    public async Task RenderAsync_MasteringChanged_RendersEveryChapter()
    {
        await Render(TestBooks.Three());
        var progress = new RecordingProgress();
        var louder = new RenderSettings { Mastering = new Audio.Mastering.MasteringOptions { TargetRmsDb = -19 } };

        await Render(TestBooks.Three(), progress: progress, settings: louder);

        Assert.Equal([1, 2, 3], progress.Started.Order());
    }

    [Fact]
    public async Task RenderAsync_TitleChanged_ReplacesTheOldFiles()
    {
        await Render(TestBooks.Three());

        await Render(TestBooks.Make(("First", "One small step."), ("Renamed", "Two more steps."), ("Third", "Three at last.")));

        Assert.Equal(["01 - First.flac", "02 - Renamed.flac", "03 - Third.flac"], Names("chapters"));
        Assert.Equal(["01 - First.mp3", "02 - Renamed.mp3", "03 - Third.mp3"], Names("mp3"));
    }

    [Fact]
    public async Task RenderAsync_SomeChapters_LeavesTheAudiobookForLaterAndSaysSo()
    {
        var book = TestBooks.Three();
        var progress = new RecordingProgress();

        var part = await Render(book, selection: ChapterSelection.Parse("2-3", 3), progress: progress);
        var rest = new RecordingProgress();
        var whole = await Render(book, progress: rest);

        Assert.Null(part.AudiobookPath);
        Assert.Contains(progress.Warnings, w => w.Contains("M4B", StringComparison.Ordinal));
        Assert.Equal([1], rest.Started);
        Assert.NotNull(whole.AudiobookPath);
    }

    [Fact]
    public async Task RenderAsync_AChapterRenderedAgain_TheBookJoinsItsNewAacAndTheOldOneIsRemoved()
    {
        await Render(TestBooks.Make(("First", "One step."), ("Second", "Two steps.")));
        var before = Directory.GetFiles(Path.Combine(Out, ".aac")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        var report = await Render(TestBooks.Make(("First", "One step."), ("Second", "Two other steps.")));

        var after = Directory.GetFiles(Path.Combine(Out, ".aac")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, before.Length);
        Assert.Equal(2, after.Length);
        Assert.Equal(before[0], after[0]);
        Assert.NotEqual(before[1], after[1]);
        Assert.StartsWith("02 - Second.", after[1], StringComparison.Ordinal);
        Assert.NotNull(report.AudiobookPath);
    }

    [Fact]
    public async Task RenderAsync_OneJob_ChaptersStartSpeakingInBookOrder()
    {
        var progress = new RecordingProgress();

        await Render(TestBooks.Make(("A", "One."), ("B", "Two."), ("C", "Three."), ("D", "Four."), ("E", "Five."), ("F", "Six.")), progress: progress, settings: new RenderSettings { WriteAudiobook = false });

        Assert.Equal([1, 2, 3, 4, 5, 6], progress.Started);
    }

    [Fact]
    public async Task RenderAsync_CancelledInTheSecondChapter_KeepsTheFirstAndFinishesOnTheNextRun()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress { OnAdvanced = c => { if (c.Index == 2) { cancellation.Cancel(); } } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Render(TestBooks.Three(), progress: progress, cancellationToken: cancellation.Token));

        Assert.Equal(["01 - First.flac"], Names("chapters"));
        Assert.Empty(Directory.GetFiles(Out, "*.partial*", SearchOption.AllDirectories));
        var resumed = new RecordingProgress();
        var report = await Render(TestBooks.Three(), progress: resumed);
        Assert.Equal([2, 3], resumed.Started);
        Assert.NotNull(report.AudiobookPath);
    }

    [Fact]
    public async Task RenderAsync_TemporariesOfAKilledRun_AreRemovedAndOtherFilesKept()
    {
        string[] stale =
        [
            "chapters/.01 - Only.partial-999999.flac", "mp3/.01 - Only.partial-999999.mp3", ".A Small Book.partial-999999.m4b",
            ".A Small Book.999999.concat.txt", ".A Small Book.999999.ffmetadata.txt", ".A Small Book.999999.cover.png",
        ];
        string[] kept = ["chapters/.hidden.flac", "notes.partial-1.txt", ".A Small Book.cover.png", "mp3/.x.partial-1.mp3.bak"];
        foreach (var file in stale.Concat(kept))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Out, file))!);
            File.WriteAllText(Path.Combine(Out, file), "left by a killed run");
        }

        await Render(TestBooks.Make(("Only", "Just one.")), settings: new RenderSettings { WriteAudiobook = false });

        Assert.All(stale, f => Assert.False(File.Exists(Path.Combine(Out, f)), f));
        Assert.All(kept, f => Assert.True(File.Exists(Path.Combine(Out, f)), f));
    }

    [Fact]
    public async Task RenderAsync_FlacLandedButStateNotSaved_ReusesTheFlacAndRedoesTheMp3()
    {
        await Render(TestBooks.Three());
        var flac = Path.Combine(Out, "chapters", "02 - Second.flac");
        var mp3 = Path.Combine(Out, "mp3", "02 - Second.mp3");
        var written = File.GetLastWriteTimeUtc(flac);
        ForgetChapter(2);
        File.Delete(mp3);
        File.Delete(flac + ".provenance.json");
        var progress = new RecordingProgress();

        var report = await Render(TestBooks.Three(), progress: progress);

        Assert.Empty(progress.Started);
        Assert.Equal(written, File.GetLastWriteTimeUtc(flac));
        Assert.True(File.Exists(mp3));
        Assert.True(File.Exists(flac + ".provenance.json"));
        Assert.Equal(ProvenanceStatus.Valid, EmbeddedProvenance.Verify(flac).Status);
        Assert.Equal(ProvenanceStatus.Valid, EmbeddedProvenance.Verify(mp3).Status);
        var second = report.Chapters.Single(c => c.Chapter.Index == 2).State;
        Assert.Equal(["chapters/02 - Second.flac"], second.Files.Select(f => f.Lossless));
        Assert.True(second.Files[0].PassesAcx, string.Join("; ", second.Files[0].AcxFailures));
        Assert.Equal("timings/02 - Second.json", second.Timings);
    }

    [Fact]
    public async Task RenderAsync_RecoveredMasterWithABrokenManifest_IsSignedAgainInPlace()
    {
        await Render(TestBooks.Three());
        var flac = Path.Combine(Out, "chapters", "02 - Second.flac");
        ForgetChapter(2);
        var bytes = await File.ReadAllBytesAsync(flac);
        var title = bytes.AsSpan().IndexOf("A Small Book: Second"u8);
        bytes[title + 2] ^= 0x01;
        await File.WriteAllBytesAsync(flac, bytes);
        Assert.Equal(ProvenanceStatus.Invalid, EmbeddedProvenance.Verify(flac).Status);
        var progress = new RecordingProgress();

        await Render(TestBooks.Three(), progress: progress);

        Assert.Empty(progress.Started);
        var manifest = EmbeddedProvenance.Verify(flac);
        Assert.Equal(ProvenanceStatus.Valid, manifest.Status);
        Assert.Equal("A Small Book: Second", manifest.Title);
    }

    [Fact]
    public async Task RenderAsync_MastersLandedWithoutTheirTimings_RendersTheChapterAgain()
    {
        await Render(TestBooks.Three());
        ForgetChapter(2);
        File.Delete(Path.Combine(Out, "timings", "02 - Second.json"));
        var progress = new RecordingProgress();

        var report = await Render(TestBooks.Three(), progress: progress);

        Assert.Equal([2], progress.Started);
        Assert.True(File.Exists(Path.Combine(Out, "timings", "02 - Second.json")));
        Assert.Equal("timings/02 - Second.json", report.Chapters.Single(c => c.Chapter.Index == 2).State.Timings);
    }

    [Fact]
    public async Task RenderAsync_ChapterRenamed_ItsOldTimingsGoWithItsOldFiles()
    {
        await Render(TestBooks.Three());

        await Render(TestBooks.Make(("First", "One small step."), ("Renamed", "Two more steps."), ("Third", "Three at last.")));

        Assert.Equal(["01 - First.json", "02 - Renamed.json", "03 - Third.json"], Names("timings"));
    }

    [Fact]
    public async Task RenderAsync_FlacOfOtherSettingsLandedButStateNotSaved_RendersTheChapterAgain()
    {
        await Render(TestBooks.Three());
        ForgetChapter(2);
        var progress = new RecordingProgress();

        await Render(TestBooks.Three(), new VoiceSettings { NoiseScale = 0, NoiseW = 0, Speed = 1.5f }, progress);

        Assert.Equal([1, 2, 3], progress.Started.Order());
    }

    [Fact]
    public async Task RenderAsync_NarratorBundleTwice_GivesIdenticalSamples()
    {
        var bundle = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");
        using var voice = VoiceLoader.Load(VoiceResolver.Resolve(bundle, "none"), new ExecutionOptions { Device = ExecutionDevice.Cpu });
        var settings = new RenderSettings { WriteMp3 = false, WriteAudiobook = false };
        var book = TestBooks.Make(("Only", "The keeper lit the lamp at dusk."));
        var samples = new List<float[]>();
        foreach (var run in new[] { "a", "b" })
        {
            using var renderer = BookRenderer.Create(voice, VoiceSettings.Default, PronunciationLexicon.Empty, settings);
            await renderer.RenderAsync(book, Path.Combine(Out, run), ChapterSelection.All, new RecordingProgress());
            samples.Add(Ffmpeg.Decode(Path.Combine(Out, run, "chapters", "01 - Only.flac")));
        }

        Assert.True(samples[0].Length > 44100);
        Assert.Equal(samples[0], samples[1]);
    }

    [Fact]
    public async Task RenderAsync_TwoJobs_RendersEveryChapterOnce()
    {
        var progress = new RecordingProgress();

        var report = await Render(TestBooks.Three(), progress: progress, settings: new RenderSettings { Jobs = 2, WriteMp3 = false });

        Assert.Equal([1, 2, 3], progress.Finished.Order());
        Assert.Empty(Names("mp3"));
        Assert.NotNull(report.AudiobookPath);
    }

    [Fact]
    public async Task RenderAsync_UnreadableState_StartsOverAndKeepsTheOldFileAside()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "render.json"), "{ not json");
        var progress = new RecordingProgress();

        await Render(TestBooks.Make(("Only", "Just one.")), progress: progress);

        Assert.Contains(progress.Warnings, w => w.Contains("render.json", StringComparison.Ordinal));
        Assert.Equal("{ not json", File.ReadAllText(Path.Combine(Out, "render.json.unreadable")));
        Assert.Equal([1], progress.Finished);
    }

    [Fact]
    public async Task RenderAsync_OutputIsAFile_FailsNamingTheFolder()
    {
        File.WriteAllText(Out, "in the way");

        var error = await Assert.ThrowsAsync<RenderException>(() => Render(TestBooks.Three()));

        Assert.Contains(Out, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_WithCredits_AddsOpeningAndClosingChapters()
    {
        var settings = new RenderSettings { Credits = new Credits("Ada Reader"), WriteMp3 = false };

        await Render(TestBooks.Make(("Only", "Just one.")), settings: settings);

        Assert.Equal(["00 - Opening Credits.flac", "01 - Only.flac", "02 - Closing Credits.flac"], Names("chapters"));
        var opening = TimingsFile.Load(Path.Combine(Out, "timings", "00 - Opening Credits.json"));
        Assert.Contains("Narrated by Ada Reader, a synthetic voice.", string.Join(' ', opening.Utterances.Select(u => u.Text)), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _voice.Dispose();
        _scratch.Dispose();
    }

    private async Task<RenderReport> Render(
        Books.Book book, VoiceSettings? voice = null, RecordingProgress? progress = null, ChapterSelection? selection = null, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        using var renderer = BookRenderer.Create(_voice, voice ?? Repeatable, PronunciationLexicon.Empty, settings ?? RenderSettings.Default);
        return await renderer.RenderAsync(book, Out, selection ?? ChapterSelection.All, progress ?? new RecordingProgress(), cancellationToken);
    }

    /// <summary>render.json as a run killed between writing the chapter's files and saving its state left it.</summary>
    private void ForgetChapter(int index)
    {
        var path = Path.Combine(Out, "render.json");
        var state = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        var chapter = state["chapters"]!.AsArray().Single(c => (int)c!["index"]! == index)!;
        chapter["status"] = "pending";
        chapter["files"] = new System.Text.Json.Nodes.JsonArray();
        chapter.AsObject().Remove("renderedHash");
        chapter.AsObject().Remove("timings");
        File.WriteAllText(path, state.ToJsonString());
    }

    private string[] Names(string folder) =>
        Directory.GetFiles(Path.Combine(Out, folder)).Where(f => !f.EndsWith(".provenance.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
}
