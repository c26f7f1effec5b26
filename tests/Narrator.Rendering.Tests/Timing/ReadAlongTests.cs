using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Narrator.Audio.Mastering;
using Narrator.Books;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Tests.Cast;
using Narrator.Rendering.Tests.Encoding;
using Narrator.Rendering.Tests.Rendering;
using Narrator.Rendering.Timing;
using Narrator.Synthesis.Voices;
using Narrator.Testing;

namespace Narrator.Rendering.Tests.Timing;

/// <summary>
/// The read-along EPUB 3 and captions, read by a voice without a model (a tone per letter, so a whole book renders in
/// seconds): valid by the real epubcheck, its overlay clips where the sentences are in the audio it carries, and a
/// render folder it cannot trust refused with a message, nothing deleted.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "epubcheck")]
[Collection(FfmpegCollection.Name)]
public sealed class ReadAlongTests : IDisposable
{
    private const string AliceEpub = "books/alice_in_wonderland_pg19033.epub";
    private static readonly string Epub2 = Path.Combine(AppContext.BaseDirectory, "fixtures", "books", "lighthouse-epub2.epub");
    private static readonly RenderSettings ReadAlong = new() { WriteReadAlong = true, WriteCaptions = true, WriteAudiobook = false };

    private readonly ScratchFolder _scratch = new();
    private readonly ToneVoice _voice = new("tone", 16000, 0.3f);

    private string Out => _scratch.File("out");

    [SharedDataFact(AliceEpub)]
    public async Task RenderAsync_SampleBookWithReadAlong_PassesEpubcheckWithEverySentenceSynchronized()
    {
        var book = BookReader.Read(SharedData.Path(AliceEpub));

        var report = await Render(book, ReadAlong);

        var (errors, output) = EpubCheck.Run(report.ReadAlongPath!);
        Assert.True(errors == 0, output);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("not found", StringComparison.Ordinal));
        Assert.Equal(book.Chapters.Count, report.CaptionPaths.Count);
    }

    [Fact]
    public async Task RenderAsync_Epub2Input_ReadAlongIsAnEpub3ThatPassesEpubcheck()
    {
        var report = await Render(BookReader.Read(Epub2), ReadAlong);

        var (errors, output) = EpubCheck.Run(report.ReadAlongPath!);
        Assert.True(errors == 0, output);
        using var zip = ZipFile.OpenRead(report.ReadAlongPath!);
        var package = XDocument.Parse(Text(zip, "OEBPS/content.opf")).Root!;
        Assert.Equal("3.0", (string?)package.Attribute("version"));
        Assert.Contains(package.Descendants(), e => (string?)e.Attribute("properties") == "nav");
        Assert.Contains(package.Descendants(), e => (string?)e.Attribute("property") == "media:active-class");
        Assert.Equal(3, package.Descendants().Count(e => (string?)e.Attribute("media-type") == "application/smil+xml"));
    }

    [Fact]
    public async Task RenderAsync_MarkdownInput_GeneratedReadAlongPassesEpubcheck()
    {
        var book = TestBooks.Make(("The Keeper", "The lamp was lit. \"Is it late?\" asked Marta & her brother."), ("The Storm", "Wind <rose> at night."));

        var report = await Render(book, ReadAlong);

        var (errors, output) = EpubCheck.Run(report.ReadAlongPath!);
        Assert.True(errors == 0, output);
        using var zip = ZipFile.OpenRead(report.ReadAlongPath!);
        Assert.Contains("<span id=\"nr-s2\">The lamp was lit.</span> <span id=\"nr-s3\">\"Is it late?\" asked Marta &amp; her brother.</span>", Text(zip, "EPUB/text/chapter-001.xhtml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ReadAlong_EachClipHoldsItsSentencesSoundAndSilenceAroundIt()
    {
        var report = await Render(BookReader.Read(Epub2), ReadAlong);

        using var zip = ZipFile.OpenRead(report.ReadAlongPath!);
        var timings = TimingsFile.Load(Path.Combine(Out, "timings", "02 - The Storm.json"));
        var smil = XDocument.Parse(Text(zip, "OEBPS/readalong/part2-2.smil"));
        var pars = smil.Descendants().Where(e => e.Name.LocalName == "par").ToList();
        Assert.Equal(timings.Utterances.Count, pars.Count);
        var audio = Path.Combine(_scratch.Path, "chapter.mp3");
        File.WriteAllBytes(audio, Bytes(zip, "OEBPS/readalong/audio/002.mp3"));
        var samples = Ffmpeg.Decode(audio);
        var rate = timings.SampleRate;
        for (var i = 0; i < pars.Count; i++)
        {
            var clip = pars[i].Elements().Single(e => e.Name.LocalName == "audio");
            long begin = Samples((string)clip.Attribute("clipBegin")!, rate), end = Samples((string)clip.Attribute("clipEnd")!, rate);
            Assert.InRange(begin - timings.Utterances[i].Start, -rate / 1000, rate / 1000);
            Assert.InRange(end - timings.Utterances[i].End, -rate / 1000, rate / 1000);
            Assert.True(Signal.Rms(samples, begin, end) > -30, $"par {i + 1}: no sound in its clip");
            Assert.True(Signal.Rms(samples, begin - (rate / 40), begin - (rate / 200)) < -55, $"par {i + 1}: sound before its clip");
            Assert.True(Signal.Rms(samples, end + (rate / 200), end + (rate / 40)) < -55, $"par {i + 1}: sound after its clip");
        }
    }

    [Fact]
    public async Task RenderAsync_CaptionsOfASplitChapter_OneFilePerPartWithCuesAtTheTimings()
    {
        var book = TestBooks.Make(("Long", string.Join(' ', Enumerable.Repeat("The lamp was lit at dusk by the keeper of the light.", 40))));
        var settings = new RenderSettings { WriteCaptions = true, WriteAudiobook = false, Mastering = new MasteringOptions { MaxPartDuration = TimeSpan.FromSeconds(20) } };

        var report = await Render(book, settings);

        var timings = TimingsFile.Load(Path.Combine(Out, "timings", "01 - Long.json"));
        Assert.True(timings.Files.Count > 1);
        Assert.Equal(timings.Files.Count, report.CaptionPaths.Count);
        var second = File.ReadAllText(report.CaptionPaths[1]);
        var first = timings.Utterances.First(u => u.Part == 2);
        Assert.StartsWith("WEBVTT\n", second, StringComparison.Ordinal);
        Assert.Contains($"\n1\n{Vtt(timings.Seconds(first.Start))} --> {Vtt(timings.Seconds(first.End))}\n{first.Text}\n", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ChapterRenamed_ItsOldCaptionsGo()
    {
        await Render(TestBooks.Three(), ReadAlong);

        var report = await Render(TestBooks.Make(("First", "One small step."), ("Renamed", "Two more steps."), ("Third", "Three at last.")), ReadAlong);

        Assert.Equal(["01 - First.vtt", "02 - Renamed.vtt", "03 - Third.vtt"], Directory.GetFiles(Path.Combine(Out, "captions")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(3, report.CaptionPaths.Count);
    }

    [Fact]
    public async Task RenderAsync_FolderFromAnOlderVersionWithoutTimings_RefusesWithAClearMessageAndDeletesNothing()
    {
        var book = BookReader.Read(Epub2);
        await Render(book, RenderSettings.Default);
        var state = JsonNode.Parse(File.ReadAllText(Path.Combine(Out, "render.json")))!;
        foreach (var chapter in state["chapters"]!.AsArray())
        {
            chapter!.AsObject().Remove("timings");
        }

        File.WriteAllText(Path.Combine(Out, "render.json"), state.ToJsonString());
        Directory.Delete(Path.Combine(Out, "timings"), recursive: true);
        var before = Files();

        var error = await Assert.ThrowsAsync<RenderException>(() => Render(book, ReadAlong));

        Assert.Contains("Chapter 1 \"The Keeper\" was rendered by an earlier version of Narrator, which kept no utterance timings", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Files());
    }

    [Fact]
    public async Task RenderAsync_ChapterEditedToAnotherLength_RefusesNamingTheFileAndDeletesNothing()
    {
        var book = BookReader.Read(Epub2);
        await Render(book, RenderSettings.Default);
        var chapter = Path.Combine(Out, "chapters", "02 - The Storm.flac");
        var edited = Path.Combine(_scratch.Path, "edited.flac");
        Ffmpeg.Generate("anullsrc=r=44100:cl=mono", edited, "-t", "3", "-c:a", "flac");
        File.Copy(edited, chapter, overwrite: true);
        var before = Files();

        var error = await Assert.ThrowsAsync<RenderException>(() => Render(book, ReadAlong));

        Assert.Contains("Chapter 2 \"The Storm\": chapters/02 - The Storm.flac has 132300 samples, but its timings describe", error.Message, StringComparison.Ordinal);
        Assert.Contains("edited after it was rendered", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Files());
    }

    [Fact]
    public async Task RenderAsync_TimingsFileMissing_RefusesNamingItAndDeletesNothing()
    {
        var book = BookReader.Read(Epub2);
        await Render(book, RenderSettings.Default);
        File.Delete(Path.Combine(Out, "timings", "03 - The Morning.json"));
        var before = Files();

        var error = await Assert.ThrowsAsync<RenderException>(() => Render(book, ReadAlong));

        Assert.Contains("Chapter 3 \"The Morning\": its timings file timings/03 - The Morning.json is missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Files());
    }

    [Fact]
    public async Task RenderAsync_NothingChanged_KeepsTheReadAlongAndItsWarnings()
    {
        var book = BookReader.Read(Epub2);
        var first = await Render(book, ReadAlong);
        var made = File.GetLastWriteTimeUtc(first.ReadAlongPath!);

        var again = await Render(book, ReadAlong);

        Assert.Equal(first.ReadAlongPath, again.ReadAlongPath);
        Assert.Equal(made, File.GetLastWriteTimeUtc(again.ReadAlongPath!));
        Assert.Equal(first.Warnings, again.Warnings);
    }

    public void Dispose()
    {
        _voice.Dispose();
        _scratch.Dispose();
    }

    private async Task<RenderReport> Render(Books.Book book, RenderSettings settings)
    {
        using var renderer = BookRenderer.Create(_voice, VoiceSettings.Default, PronunciationLexicon.Empty, settings);
        return await renderer.RenderAsync(book, Out, ChapterSelection.All, new RecordingProgress());
    }

    /// <summary>Every file of the render folder but its state and report (which a run rewrites), with its size and time.</summary>
    private string[] Files() =>
        Directory.GetFiles(Out, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("render.json" or "report.json" or ".lock"))
            .Select(f => $"{Path.GetRelativePath(Out, f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string Text(ZipArchive zip, string entry) => System.Text.Encoding.UTF8.GetString(Bytes(zip, entry));

    private static byte[] Bytes(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static long Samples(string clock, int rate) => (long)Math.Round(TimeSpan.Parse(clock, System.Globalization.CultureInfo.InvariantCulture).TotalSeconds * rate);

    private static string Vtt(double seconds) => TimeSpan.FromMilliseconds(Math.Round(seconds * 1000)).ToString(@"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture);
}
