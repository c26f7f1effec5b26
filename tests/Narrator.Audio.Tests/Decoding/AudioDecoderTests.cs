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
        var wav = Path.Combine(_folder, "tone.wav");
        var samples = Enumerable.Range(0, 22050).Select(i => 0.5f * MathF.Sin(2 * MathF.PI * 440 * i / 22050)).ToArray();
        await WavFile.WriteAsync(wav, samples, 22050);
        var flac = Path.Combine(_folder, "tone.flac");
        using (var ffmpeg = Process.Start("ffmpeg", ["-v", "error", "-y", "-i", wav, flac]))
        {
            await ffmpeg.WaitForExitAsync();
            Assert.Equal(0, ffmpeg.ExitCode);
        }

        var (decoded, rate) = AudioDecoder.Read(flac);

        Assert.Equal(22050, rate);
        Assert.Equal(samples.Length, decoded.Length);
        Assert.All(samples.Zip(decoded), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 1e-3));
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
}
