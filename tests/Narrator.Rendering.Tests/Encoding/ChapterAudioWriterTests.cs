using Narrator.Audio.Mastering;
using Narrator.Rendering.Encoding;

namespace Narrator.Rendering.Tests.Encoding;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Collection(FfmpegCollection.Name)]
public sealed class ChapterAudioWriterTests
{
    [Fact]
    public async Task FinishAsync_QuietSine_LouderIntoAcxRange()
    {
        using var folder = new ScratchFolder();
        var file = Assert.Single(await MasterAsync(folder, 22050, Sine(22050, 4, 0.01f), MasteringOptions.Acx, "quiet"));

        Assert.True(file.Levels.Check().Passes, file.Levels.Check().ToString());
        Assert.InRange(file.Levels.RmsDb, -20.5, -19.5);
        Assert.True(file.Mp3Levels!.Check().Passes, file.Mp3Levels.Check().ToString());
    }

    [Fact]
    public async Task FinishAsync_LoudClippedSquare_LimitedBelowCeiling()
    {
        using var folder = new ScratchFolder();
        var square = Sine(44100, 4, 1f).Select(x => x >= 0 ? 1f : -1f).ToArray();

        var file = Assert.Single(await MasterAsync(folder, 44100, square, MasteringOptions.Acx, "loud"));

        Assert.True(file.Levels.Check().Passes, file.Levels.Check().ToString());
        Assert.True(file.Levels.PeakDb <= -3.5, $"peak {file.Levels.PeakDb}");
        Assert.True(file.Mp3Levels!.PeakDb <= -3, $"MP3 peak {file.Mp3Levels.PeakDb}");
    }

    [Fact]
    public async Task FinishAsync_LongSilenceAroundSpeech_TrimmedToRoomTone()
    {
        using var folder = new ScratchFolder();
        var samples = new float[44100 * 10];
        Sine(44100, 2, 0.3f).CopyTo(samples, 44100 * 3);

        var file = Assert.Single(await MasterAsync(folder, 44100, samples, MasteringOptions.Acx, "trimmed"));

        Assert.InRange(file.Duration.TotalSeconds, 0.75 + 2 + 0.1 - 0.03, 0.75 + 2 + 0.1 + 2 + 0.03);
        var (head, tail) = RoomTone.Measure(Ffmpeg.Decode(file.LosslessPath), 44100);
        Assert.InRange(head, 0.75, 0.82);
        Assert.InRange(tail, 2.0, 2.07);
    }

    [Fact]
    public async Task FinishAsync_LongerThanMaxPart_PartsEachPassing()
    {
        using var folder = new ScratchFolder();
        var options = new MasteringOptions { HeadRoomTone = TimeSpan.FromSeconds(0.5), TailRoomTone = TimeSpan.FromSeconds(1), MaxPartDuration = TimeSpan.FromSeconds(4) };
        var samples = Enumerable.Range(0, 10).SelectMany(_ => Sine(44100, 0.8, 0.3f).Concat(new float[44100 / 5])).ToArray();

        var files = await MasterAsync(folder, 44100, samples, options, "long");

        Assert.InRange(files.Count, 4, 5);
        for (var i = 0; i < files.Count; i++)
        {
            Assert.Equal(folder.File($"long (part {i + 1}).flac"), files[i].LosslessPath);
            Assert.True(files[i].Duration <= options.MaxPartDuration, $"part {i + 1}: {files[i].Duration}");
            Assert.True(files[i].Levels.Check().Passes, $"part {i + 1}: {files[i].Levels.Check()}");
            Assert.True(File.Exists(files[i].Mp3Path));
        }

        Assert.Equal(files.Count * 2, folder.Names().Length);
    }

    private static async Task<IReadOnlyList<ChapterAudioFile>> MasterAsync(ScratchFolder folder, int rate, float[] samples, MasteringOptions options, string name)
    {
        await using var writer = ChapterAudioWriter.Create(folder.Path, rate, options);
        writer.Write(samples);
        return await writer.FinishAsync(folder.File(name + ".flac"), folder.File(name + ".mp3"), CancellationToken.None);
    }

    private static float[] Sine(int rate, double seconds, float amplitude) =>
        Enumerable.Range(0, (int)(rate * seconds)).Select(i => amplitude * MathF.Sin(2 * MathF.PI * 300 * i / rate)).ToArray();
}
