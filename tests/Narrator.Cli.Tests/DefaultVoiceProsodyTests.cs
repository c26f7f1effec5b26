using Narrator.Audio;
using Narrator.Audio.Features;

namespace Narrator.Cli.Tests;

/// <summary>
/// The shipped default voice's --speed, --energy and --pitch, measured on what speak writes: the
/// duration moves with the speed, the level with the energy, the median F0 with the pitch (its vocoder
/// takes the acoustic model's pitch since 2026-12-03; the shift heard is still smaller than asked: see
/// voices/README.md).
/// </summary>
[Collection(CliSerial.Name)]
[Trait("Tier", "integration")]
public sealed class DefaultVoiceProsodyTests : IDisposable
{
    private const string Sentence = "The keeper lit the lamp at dusk, and the ships came safely home across the bay.";
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator default prosody-").FullName;

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

    [Fact]
    public async Task Speak_PitchFourSemitonesUpOrDown_MovesTheMedianF0ThatWay()
    {
        var plain = MedianF0(await SpeakWavAsync("slt"));
        var higher = MedianF0(await SpeakWavAsync("slt", "--pitch", "4"));
        var lower = MedianF0(await SpeakWavAsync("slt", "--pitch", "-4"));

        Assert.True(Semitones(higher, plain) > 1.5, $"median F0 {higher:F1} Hz at +4 semitones against {plain:F1} Hz");
        Assert.True(Semitones(lower, plain) < -0.75, $"median F0 {lower:F1} Hz at -4 semitones against {plain:F1} Hz");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<float[]> SpeakAsync(string speaker, params string[] options) => (await SpeakWavAsync(speaker, options)).Samples;

    private async Task<(float[] Samples, int SampleRate)> SpeakWavAsync(string speaker, params string[] options)
    {
        var wav = Path.Combine(_folder, $"{speaker}{string.Join("", options)}.wav");
        var voice = Path.Combine(Fixtures.RepositoryRoot, "voices", "default");
        var run = await CliRun.RunAsync(["speak", Sentence, "--voice", voice, "--speaker", speaker, "--out", wav, .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return WavFile.Read(wav);
    }

    private static double MedianF0((float[] Samples, int SampleRate) wav) => PitchTrack.Estimate(wav.Samples, wav.SampleRate).MedianHz;

    private static double Semitones(double hz, double reference) => 12 * Math.Log2(hz / reference);

    private static double Rms(float[] samples) => Math.Sqrt(samples.Average(s => (double)s * s));
}
