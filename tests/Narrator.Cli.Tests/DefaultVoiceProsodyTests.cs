using Narrator.Audio;

namespace Narrator.Cli.Tests;

/// <summary>
/// The shipped default voice's --speed and --energy, measured on what speak writes: the duration
/// moves with the speed, the level with the energy. (Its --pitch does not yet move the F0 reliably:
/// see voices/README.md.)
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
