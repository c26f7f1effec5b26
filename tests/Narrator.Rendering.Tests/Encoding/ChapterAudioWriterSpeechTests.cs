using Narrator.Audio.Mastering;
using Narrator.Rendering.Encoding;
using Narrator.Testing;
using Xunit.Abstractions;

namespace Narrator.Rendering.Tests.Encoding;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "shared-data")]
[Collection(FfmpegCollection.Name)]
public sealed class ChapterAudioWriterSpeechTests(ITestOutputHelper output)
{
    [SharedDataFact("speech/cmu_arctic/slt")]
    public async Task FinishAsync_AboutAMinuteOfRealSpeech_FlacAndMp3MeetAcx()
    {
        var recordings = Directory.GetFiles(SharedData.Path("speech/cmu_arctic/slt"), "*.flac").Order(StringComparer.Ordinal).Take(20).ToArray();
        Assert.Equal(20, recordings.Length);
        var inputRate = Ffmpeg.ProbeSampleRate(recordings[0]);
        using var folder = new ScratchFolder();

        IReadOnlyList<ChapterAudioFile> files;
        await using (var writer = ChapterAudioWriter.Create(folder.Path, inputRate, MasteringOptions.Acx))
        {
            foreach (var recording in recordings)
            {
                var samples = Ffmpeg.Decode(recording, inputRate);
                for (var offset = 0; offset < samples.Length; offset += 1000)
                {
                    writer.Write(samples.AsSpan(offset, Math.Min(1000, samples.Length - offset)));
                }
            }

            files = await writer.FinishAsync(folder.File("01 - Arctic.flac"), folder.File("01 - Arctic.mp3"), CancellationToken.None);
        }

        var file = Assert.Single(files);
        output.WriteLine($"FLAC {file.Levels}");
        output.WriteLine($"MP3  {file.Mp3Levels}");
        Assert.InRange(file.Duration.TotalSeconds, 40, 90);
        Assert.True(file.Levels.Check().Passes, $"FLAC: {file.Levels.Check()}");
        Assert.True(file.Mp3Levels!.Check().Passes, $"MP3: {file.Mp3Levels.Check()}");
        Assert.Equal(["01 - Arctic.flac", "01 - Arctic.mp3"], folder.Names());
        foreach (var path in new[] { file.LosslessPath, file.Mp3Path! })
        {
            var (head, tail) = RoomTone.Measure(Ffmpeg.Decode(path), 44100);
            output.WriteLine($"{Path.GetExtension(path)} head {head:0.000} s, tail {tail:0.000} s");
            Assert.InRange(head, 0.5, 1.0);
            Assert.InRange(tail, 1.0, 5.0);
        }
    }
}
