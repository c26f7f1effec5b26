using Narrator.Core;

namespace Narrator.Audio.Tests;

public sealed class WavFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator audio ü-").FullName;

    [Fact]
    public async Task WriteAsync_ThenRead_RoundTripsWithin16BitPrecision()
    {
        var path = Path.Combine(_folder, "tone.wav");
        var tone = Enumerable.Range(0, 16000).Select(i => 0.5f * MathF.Sin(2 * MathF.PI * 440 * i / 16000)).ToArray();

        await WavFile.WriteAsync(path, tone, 16000);
        var (samples, rate) = WavFile.Read(path);

        Assert.Equal(16000, rate);
        Assert.Equal(tone.Length, samples.Length);
        Assert.All(tone.Zip(samples), pair => Assert.InRange(pair.First - pair.Second, -1e-4f, 1e-4f));
        Assert.InRange(new FileInfo(path).Length - (2 * tone.Length), 44, 64);
    }

    [Fact]
    public void Stream_StereoWav_HandsOnTheChannelMeansOfReadInBoundedBlocks()
    {
        var path = Path.Combine(_folder, "stereo.wav");
        using (var writer = new NAudio.Wave.WaveFileWriter(path, NAudio.Wave.WaveFormat.CreateIeeeFloatWaveFormat(16000, 2)))
        {
            for (var i = 0; i < 40_000; i++)
            {
                writer.WriteSample(0.5f);
                writer.WriteSample(i % 2 == 0 ? 0.1f : -0.1f);
            }
        }

        var sink = new Decoding.RecordingSink();
        WavFile.Stream(path, sink);

        Assert.Equal(16000, sink.Rate);
        Assert.Equal(WavFile.Read(path).Samples, sink.Samples);
        Assert.Equal(0.3f, sink.Samples[0], 5);
        Assert.Equal(0.2f, sink.Samples[1], 5);
        Assert.True(sink.Blocks > 1 && sink.LargestBlock <= AudioSinks.BlockSamples, $"{sink.Blocks} blocks, the largest of {sink.LargestBlock} samples");
    }

    [Fact]
    public void WavWriter_DisposedWithoutComplete_LeavesNoFileBehind()
    {
        var path = Path.Combine(_folder, "interrupted.wav");
        File.WriteAllText(path, "previous result");

        using (var writer = WavWriter.Create(path, 22050))
        {
            writer.Write(new float[1000]);
        }

        Assert.Equal("previous result", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task WriteAsync_Chunks_WritesThemInOrder()
    {
        var path = Path.Combine(_folder, "chunks.wav");
        var duration = await WavFile.WriteAsync(path, Chunks());
        var (samples, _) = WavFile.Read(path);

        Assert.Equal(TimeSpan.FromSeconds(0.3), duration);
        Assert.Equal(0.25f, samples[0], 3);
        Assert.Equal(-0.25f, samples[^1], 3);
    }

    [Fact]
    public async Task WriteAsync_NoChunks_FailsWithoutCreatingTheFile()
    {
        var path = Path.Combine(_folder, "empty.wav");

        var error = await Assert.ThrowsAsync<AudioException>(() => WavFile.WriteAsync(path, Empty()));

        Assert.Contains("no audio", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Create_MissingFolder_NamesTheFolder()
    {
        var path = Path.Combine(_folder, "missing", "x.wav");

        var error = Assert.Throws<AudioException>(() => WavWriter.Create(path, 16000));

        Assert.Equal(ErrorKind.BadInput, error.Kind);
        Assert.Contains(Path.Combine(_folder, "missing"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAWav_FailsNamingTheFile()
    {
        var path = Path.Combine(_folder, "noise.wav");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

        var error = Assert.Throws<AudioException>(() => WavFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_OutOfRangeSamples_ClipAtFullScale()
    {
        var bytes = new byte[4];

        Pcm16.Encode([2f, -2f], bytes);
        var decoded = new float[2];
        Pcm16.Decode(bytes, decoded);

        Assert.Equal(32767 / 32768f, decoded[0]);
        Assert.Equal(-32767 / 32768f, decoded[1]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async IAsyncEnumerable<AudioChunk> Chunks()
    {
        await Task.Yield();
        yield return new AudioChunk(0, Enumerable.Repeat(0.25f, 1000).ToArray(), 10000, "a", new SourceRange(0, 1));
        yield return new AudioChunk(1, Enumerable.Repeat(-0.25f, 2000).ToArray(), 10000, "b", new SourceRange(2, 1));
    }

    private static async IAsyncEnumerable<AudioChunk> Empty()
    {
        await Task.Yield();
        yield break;
    }
}
