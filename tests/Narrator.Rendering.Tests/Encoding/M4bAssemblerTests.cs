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
