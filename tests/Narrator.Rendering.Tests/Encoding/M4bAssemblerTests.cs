using System.Globalization;
using System.Text.Json;
using Narrator.Rendering.Encoding;

namespace Narrator.Rendering.Tests.Encoding;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Collection(FfmpegCollection.Name)]
public sealed class M4bAssemblerTests
{
    [Fact]
    public async Task AssembleAsync_ThreeChaptersWithTrickyTitlesAndCover_ChaptersTagsAndPicture()
    {
        using var folder = new ScratchFolder();
        double[] durations = [1.3, 2.1, 0.7];
        string[] titles = ["Chapter 1 = \"Start\"; #2 \\ back", "Zweites Kapitel: Über 'Anführungszeichen'", "Three\nlines"];
        var chapters = new List<M4bChapter>();
        for (var i = 0; i < 3; i++)
        {
            var path = folder.File($"0{i + 1} - chapter.flac");
            Ffmpeg.Generate($"sine=frequency={300 + (100 * i)}:duration={durations[i].ToString(CultureInfo.InvariantCulture)}", path, "-ar", "44100", "-ac", "1");
            chapters.Add(new M4bChapter(path, titles[i]));
        }

        Ffmpeg.Generate("color=c=red:s=32x32:d=1", folder.File("cover.png"), "-frames:v", "1");
        var metadata = new AudiobookMetadata("The Book; Part = 1", "Ann Author")
        {
            Narrator = "Nat Narrator",
            Year = 2026,
            Cover = await File.ReadAllBytesAsync(folder.File("cover.png")),
            CoverMediaType = "image/png",
        };
        var output = folder.File("The Book.m4b");

        await M4bAssembler.AssembleAsync(chapters, metadata, output, CancellationToken.None);

        using var probe = Ffmpeg.Probe(output, "-show_chapters", "-show_format", "-show_streams");
        var found = probe.RootElement.GetProperty("chapters").EnumerateArray().ToArray();
        Assert.Equal(3, found.Length);
        var start = 0.0;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(titles[i], found[i].GetProperty("tags").GetProperty("title").GetString());
            Assert.InRange(Seconds(found[i], "start_time"), start - 0.03, start + 0.03);
            start += durations[i];
            Assert.InRange(Seconds(found[i], "end_time"), start - 0.03, start + 0.03);
        }

        var tags = probe.RootElement.GetProperty("format").GetProperty("tags");
        Assert.Equal("The Book; Part = 1", tags.GetProperty("title").GetString());
        Assert.Equal("Ann Author", tags.GetProperty("artist").GetString());
        Assert.Equal("Nat Narrator", tags.GetProperty("composer").GetString());
        Assert.Equal("Audiobook", tags.GetProperty("genre").GetString());
        var streams = probe.RootElement.GetProperty("streams").EnumerateArray().ToArray();
        Assert.Contains(streams, s => s.GetProperty("codec_name").GetString() == "aac" && s.GetProperty("channels").GetInt32() == 1);
        Assert.Contains(streams, s => s.GetProperty("disposition").GetProperty("attached_pic").GetInt32() == 1);
        Assert.DoesNotContain(folder.Names(), name => name.StartsWith('.'));
    }

    [Fact]
    public async Task AssembleAsync_EveryChapterAlreadyEncoded_JoinsTheirAacWithMarksOnFrameBoundaries()
    {
        using var folder = new ScratchFolder();
        double[] durations = [1.3, 0.7];
        var chapters = new List<M4bChapter>();
        for (var i = 0; i < 2; i++)
        {
            var flac = folder.File($"0{i + 1} - chapter.flac");
            var aac = folder.File($"0{i + 1} - chapter.aac");
            var seconds = durations[i].ToString(CultureInfo.InvariantCulture);
            Ffmpeg.Generate($"sine=frequency=440:duration={seconds}", flac, "-ar", "44100", "-ac", "1");
            Ffmpeg.Generate($"sine=frequency=440:duration={seconds}", aac, ["-ar", "44100", "-ac", "1", .. M4bAssembler.AacSettings, "-f", "adts"]);
            chapters.Add(new M4bChapter(flac, $"Chapter {i + 1}") { AacPath = aac });
        }

        var output = folder.File("Encoded.m4b");
        await M4bAssembler.AssembleAsync(chapters, new AudiobookMetadata("Encoded", "Ann Author"), output, CancellationToken.None);

        // The second chapter starts after all of the first one's AAC frames (its priming frame included), not at 1.3 s.
        using var first = Ffmpeg.Probe(chapters[0].AacPath!, "-count_packets", "-show_streams");
        var frames = int.Parse(first.RootElement.GetProperty("streams")[0].GetProperty("nb_read_packets").GetString()!, CultureInfo.InvariantCulture);
        using var probe = Ffmpeg.Probe(output, "-show_chapters", "-show_streams");
        var second = probe.RootElement.GetProperty("chapters").EnumerateArray().ElementAt(1);
        Assert.True(frames * 1024 > 1.3 * 44100, $"{frames} frames");
        Assert.InRange(Seconds(second, "start_time"), (frames * 1024 / 44100.0) - 0.002, (frames * 1024 / 44100.0) + 0.001);
        var stream = probe.RootElement.GetProperty("streams").EnumerateArray().Single(s => s.GetProperty("codec_type").GetString() == "audio");
        Assert.Equal("aac", stream.GetProperty("codec_name").GetString());
        var decoded = Ffmpeg.Decode(output);
        Assert.InRange(decoded.Length, (1.3 + 0.7) * 44100, (1.3 + 0.7 + 0.1) * 44100);
        Assert.DoesNotContain(folder.Names(), name => name.StartsWith('.'));
    }

    [Fact]
    public async Task AssembleAsync_AnAacThatIsNotAdts_NamesTheFile()
    {
        using var folder = new ScratchFolder();
        var flac = folder.File("01 - chapter.flac");
        Ffmpeg.Generate("sine=frequency=440:duration=1", flac, "-ar", "44100", "-ac", "1");
        var aac = folder.File("01 - chapter.aac");
        File.WriteAllText(aac, "not audio at all");

        var error = await Assert.ThrowsAsync<RenderException>(() => M4bAssembler.AssembleAsync([new M4bChapter(flac, "One") { AacPath = aac }], new AudiobookMetadata("Bad", "Ann Author"), folder.File("Bad.m4b"), CancellationToken.None));

        Assert.Contains(aac, error.Message, StringComparison.Ordinal);
        Assert.Contains("ADTS", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("Bad.m4b")));
    }

    [Fact]
    public async Task AssembleAsync_LengthsAlreadyCounted_PlacesTheMarkersByThemWithoutMeasuringAgain()
    {
        using var folder = new ScratchFolder();
        var chapters = new List<M4bChapter>();
        for (var i = 0; i < 2; i++)
        {
            var path = folder.File($"0{i + 1} - chapter.flac");
            Ffmpeg.Generate("sine=frequency=440:duration=1", path, "-ar", "44100", "-ac", "1");
            // The counted length says 1.5 s; the file holds 1 s. The marker follows the count, so the file was not measured again.
            chapters.Add(new M4bChapter(path, $"Chapter {i + 1}") { Samples = 66150, SampleRate = 44100 });
        }

        var output = folder.File("Counted.m4b");
        await M4bAssembler.AssembleAsync(chapters, new AudiobookMetadata("Counted", "Ann Author"), output, CancellationToken.None);

        using var probe = Ffmpeg.Probe(output, "-show_chapters");
        var second = probe.RootElement.GetProperty("chapters").EnumerateArray().ElementAt(1);
        Assert.InRange(Seconds(second, "start_time"), 1.49, 1.51);
    }

    private static double Seconds(JsonElement element, string name) =>
        double.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
}
