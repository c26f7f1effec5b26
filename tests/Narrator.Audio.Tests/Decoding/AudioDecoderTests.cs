using System.Diagnostics;

namespace Narrator.Audio.Tests.Decoding;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
public sealed class AudioDecoderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator decöde-").FullName;

    [Fact]
    public async Task Read_Flac_IsItsSamplesAtItsRate()
    {
        var samples = Enumerable.Range(0, 22050).Select(i => 0.5f * MathF.Sin(2 * MathF.PI * 440 * i / 22050)).ToArray();
        var flac = await Flac("tone", samples, 22050);

        var (decoded, rate) = AudioDecoder.Read(flac);

        Assert.Equal(22050, rate);
        Assert.Equal(samples.Length, decoded.Length);
        Assert.All(samples.Zip(decoded), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 1e-3));
    }

    [Fact]
    public async Task Stream_LongFlac_HandsOnTheSamplesOfReadInBoundedBlocks()
    {
        var samples = Enumerable.Range(0, 100_000).Select(i => 0.3f * MathF.Sin(2 * MathF.PI * 220 * i / 16000)).ToArray();
        var flac = await Flac("long", samples, 16000);

        var sink = new RecordingSink();
        AudioDecoder.Stream(flac, sink);

        Assert.Equal(16000, sink.Rate);
        Assert.Equal(AudioDecoder.Read(flac).Samples, sink.Samples);
        Assert.True(sink.Blocks > 1 && sink.LargestBlock <= AudioSinks.BlockSamples, $"{sink.Blocks} blocks, the largest of {sink.LargestBlock} samples");
    }

    [Fact]
    public void Stream_FileThatIsNotAudio_FailsAsBadInputNamingIt()
    {
        var path = Path.Combine(_folder, "notes.flac");
        File.WriteAllText(path, "these are not samples");

        var error = Assert.Throws<AudioException>(() => AudioDecoder.Stream(path, new RecordingSink()));

        Assert.Contains("notes.flac: not a readable audio file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileThatIsNotAudio_FailsAsBadInputNamingIt()
    {
        var path = Path.Combine(_folder, "notes.mp3");
        File.WriteAllText(path, "these are not samples");

        var error = Assert.Throws<AudioException>(() => AudioDecoder.Read(path));

        Assert.Equal(Core.ErrorKind.BadInput, error.Kind);
        Assert.Contains("notes.mp3: not a readable audio file", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Read_MuLawTelephoneWav_IsItsSamples()
    {
        var samples = Enumerable.Range(0, 8000).Select(i => 0.5f * MathF.Sin(2 * MathF.PI * 440 * i / 8000)).ToArray();
        var wav = Path.Combine(_folder, "phone source.wav");
        await WavFile.WriteAsync(wav, samples, 8000);
        var mulaw = Path.Combine(_folder, "phone μ-law.wav");
        using var ffmpeg = Process.Start("ffmpeg", ["-v", "error", "-y", "-i", wav, "-c:a", "pcm_mulaw", mulaw]);
        await ffmpeg.WaitForExitAsync();
        Assert.Equal(0, ffmpeg.ExitCode);

        var (decoded, rate) = AudioDecoder.Read(mulaw);

        Assert.Equal(8000, rate);
        Assert.Equal(samples.Length, decoded.Length);
        Assert.All(samples.Zip(decoded), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 0.02));
    }

    private async Task<string> Flac(string name, float[] samples, int rate)
    {
        var wav = Path.Combine(_folder, name + ".wav");
        await WavFile.WriteAsync(wav, samples, rate);
        var flac = Path.Combine(_folder, name + ".flac");
        using var ffmpeg = Process.Start("ffmpeg", ["-v", "error", "-y", "-i", wav, flac]);
        await ffmpeg.WaitForExitAsync();
        Assert.Equal(0, ffmpeg.ExitCode);
        return flac;
    }
}
