using Narrator.Audio;
using Narrator.Audio.Features;

namespace Narrator.Cli.Tests;

/// <summary>
/// The shipped default voice's --pitch, --speed and --energy, measured on what speak writes: the
/// median F0 moves with the pitch, the duration with the speed, the level with the energy.
/// </summary>
[Collection(CliSerial.Name)]
[Trait("Tier", "integration")]
public sealed class DefaultVoiceProsodyTests : IDisposable
{
    private const string Sentence = "The keeper lit the lamp at dusk, and the ships came safely home across the bay.";
    private static readonly double Semitone = Math.Pow(2, 1.0 / 12);
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator default prosody-").FullName;

    [Theory]
    [InlineData("slt")]
    [InlineData("bdl")]
    public async Task Speak_PitchFourSemitonesUpOrDown_MovesTheMedianF0AtLeastASemitone(string speaker)
    {
        var plain = PitchTrack.Estimate(await SpeakAsync(speaker), 16000).MedianHz;
        var higher = PitchTrack.Estimate(await SpeakAsync(speaker, "--pitch", "4"), 16000).MedianHz;
        var lower = PitchTrack.Estimate(await SpeakAsync(speaker, "--pitch", "-4"), 16000).MedianHz;

        Assert.True(higher > plain * Semitone, $"{speaker}: --pitch 4 gave {higher:F1} Hz against {plain:F1} Hz");
        Assert.True(lower < plain / Semitone, $"{speaker}: --pitch -4 gave {lower:F1} Hz against {plain:F1} Hz");
    }

    [Fact]
    public async Task Speak_HalfSpeed_LastsAtLeastOneAndAHalfTimesAsLong()
    {
        var plain = await SpeakAsync("slt");
        var slow = await SpeakAsync("slt", "--speed", "0.5");

        Assert.True(slow.Length > 1.5 * plain.Length, $"{slow.Length} samples at half speed against {plain.Length}");
    }

    [Fact]
    public async Task Speak_EnergyTwo_IsLouderAndHalfIsQuieter()
    {
        var plain = Rms(await SpeakAsync("slt"));
        var stronger = Rms(await SpeakAsync("slt", "--energy", "2"));
        var weaker = Rms(await SpeakAsync("slt", "--energy", "0.5"));

        Assert.True(stronger > 1.1 * plain, $"RMS {stronger:F4} at energy 2 against {plain:F4}");
        Assert.True(weaker < plain / 1.1, $"RMS {weaker:F4} at energy 0.5 against {plain:F4}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<float[]> SpeakAsync(string speaker, params string[] options)
    {
        var wav = Path.Combine(_folder, $"{speaker}{string.Join("", options)}.wav");
        var voice = Path.Combine(Fixtures.RepositoryRoot, "voices", "default");
        var run = await CliRun.RunAsync(["speak", Sentence, "--voice", voice, "--speaker", speaker, "--out", wav, .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return WavFile.Read(wav).Samples;
    }

    private static double Rms(float[] samples) => Math.Sqrt(samples.Average(s => (double)s * s));
}
