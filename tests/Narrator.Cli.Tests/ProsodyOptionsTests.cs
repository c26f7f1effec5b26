using Narrator.Audio;

namespace Narrator.Cli.Tests;

/// <summary>--pitch and --energy: fed to a bundle with prosody controls, refused by one without, and part of what makes a chapter current.</summary>
[Collection(CliSerial.Name)]
public sealed class ProsodyOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator prosody ä-").FullName;

    [Fact]
    public async Task Speak_PitchOnABundleWithoutControls_ExitsTwoNamingTheVoiceAndWritesNothing()
    {
        var wav = Path.Combine(_folder, "refused.wav");

        var run = await CliRun.RunAsync("speak", "Hello there.", "--voice", Fixtures.TinyBundle, "--pitch", "3", "--out", wav);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("narrator: Voice 'narrator-tiny/alpha' cannot shift its pitch by 3 semitones: its model has no pitch control", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(wav));
    }

    [Theory]
    [InlineData("--pitch", "13", "pitch 13 is outside -12..12 semitones")]
    [InlineData("--energy", "0.1", "energy 0.1 is outside 0.25..4")]
    public async Task Speak_OutOfRange_ExitsTwoGivingTheRange(string option, string value, string expected)
    {
        var run = await CliRun.RunAsync("speak", "Hello there.", "--voice", Fixtures.TinyProsodyBundle, option, value, "--out", Path.Combine(_folder, "x.wav"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_PitchAndEnergyOnAProsodyBundle_ChangeTheAudio()
    {
        var plain = await SpeakAsync("plain.wav");
        var higher = await SpeakAsync("higher.wav", "--pitch", "3");
        var stronger = await SpeakAsync("stronger.wav", "--energy", "1.5");
        var neutral = await SpeakAsync("neutral.wav", "--pitch", "0", "--energy", "1");

        Assert.Equal(plain.Length, higher.Length);
        Assert.NotEqual(plain, higher);
        Assert.NotEqual(plain, stronger);
        Assert.Equal(plain, neutral);
    }

    [Fact]
    [Trait("Tier", "integration")]
    [Trait("Needs", "ffmpeg")]
    public async Task Narrate_PitchChanged_RendersAgainAndTheDefaultsAgainToo()
    {
        var first = await NarrateAsync();
        var same = await NarrateAsync();
        var higher = await NarrateAsync("--pitch", "2");
        var back = await NarrateAsync("--pitch", "0", "--energy", "1");

        Assert.Contains("1 chapter(s) rendered, 0 already current", first, StringComparison.Ordinal);
        Assert.Contains("0 chapter(s) rendered, 1 already current", same, StringComparison.Ordinal);
        Assert.Contains("1 chapter(s) rendered, 0 already current", higher, StringComparison.Ordinal);
        Assert.Contains("1 chapter(s) rendered, 0 already current", back, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<float[]> SpeakAsync(string name, params string[] options)
    {
        var wav = Path.Combine(_folder, name);
        var run = await CliRun.RunAsync(["speak", "The keeper lit the lamp.", "--voice", Fixtures.TinyProsodyBundle, "--out", wav, .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return WavFile.Read(wav).Samples;
    }

    private async Task<string> NarrateAsync(params string[] options)
    {
        var book = Path.Combine(_folder, "book.txt");
        await File.WriteAllTextAsync(book, "The Lamp\n\nThe keeper lit the lamp at dusk.\n");
        var run = await CliRun.RunAsync(["narrate", book, "--voice", Fixtures.TinyProsodyBundle, "--out", Path.Combine(_folder, "out"), "--no-mp3", "--no-proof", .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Out;
    }
}
