using Narrator.Models;
using Narrator.Synthesis.Ssml;
using Narrator.Synthesis.Voices;
using Narrator.Text.Ssml;

namespace Narrator.Synthesis.Tests;

/// <summary>SSML documents spoken by the tiny fixture voices: breaks, prosody, say-as, voice changes.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class SsmlSynthesisTests
{
    private static readonly string Bundles = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles");
    private static readonly string Piper = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices", "tiny-piper", "en_US-tiny-x_low.onnx");
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };

    [Fact]
    public async Task SynthesizeAsync_BreakTwoSeconds_AddsTwoSecondsOfSilence()
    {
        using var synthesizer = Synthesizer.Create(Bundle("tiny"));

        var none = await Speak(synthesizer, "<speak>Hello there <break strength=\"none\"/> old friend.</speak>");
        var chunks = await Chunks(synthesizer, "<speak>Hello there <break time=\"2s\"/> old friend.</speak>");
        var two = chunks.SelectMany(c => c.Samples.ToArray()).ToArray();

        Assert.InRange((two.Length - none.Length) / 16000.0, 1.95, 2.05);
        var gap = two.AsSpan(chunks[0].SpeechSamples + 800, 30400).ToArray();
        Assert.True(gap.Max(MathF.Abs) < 0.01f, $"the break is not silent: peak {gap.Max(MathF.Abs)}");
    }

    [Fact]
    public async Task SynthesizeAsync_ProsodyRateSlow_LengthensTheSpeech()
    {
        using var synthesizer = Synthesizer.Create(Bundle("tiny"));

        var plain = await Speak(synthesizer, "<speak>The keeper lit the lamp at dusk.</speak>");
        var slow = await Speak(synthesizer, "<speak><prosody rate=\"slow\">The keeper lit the lamp at dusk.</prosody></speak>");

        Assert.True(slow.Length > 1.15 * plain.Length, $"{slow.Length} vs {plain.Length}");
    }

    [Fact]
    public async Task SynthesizeAsync_ProsodyVolumeMinusSixDecibels_HalvesTheAmplitude()
    {
        using var synthesizer = Synthesizer.Create(Bundle("tiny"));

        var plain = await Speak(synthesizer, "<speak>The keeper lit the lamp at dusk.</speak>");
        var soft = await Speak(synthesizer, "<speak><prosody volume=\"-6dB\">The keeper lit the lamp at dusk.</prosody></speak>");

        Assert.Equal(plain.Length, soft.Length);
        Assert.InRange(Rms(soft) / Rms(plain), 0.45, 0.55);
    }

    [Fact]
    public void Prepare_SayAsCharacters_GivesTheLettersNames()
    {
        using var synthesizer = Synthesizer.Create(Bundle("tiny"));
        var document = SsmlDocument.Parse("<speak>A cat <say-as interpret-as=\"characters\">ABC</say-as></speak>");

        var prepared = synthesizer.Prepare(document).Select(u => string.Join(' ', u.Phonemes.Symbols.Where(s => s != " "))).ToList();

        Assert.Equal(["AH0 K AE1 T", "EY1 B IY1 S IY1"], prepared);
    }

    [Fact]
    public async Task SynthesizeAsync_Phoneme_IsSaidAsGiven()
    {
        using var synthesizer = Synthesizer.Create(Bundle("tiny"));

        var given = await Speak(synthesizer, "<speak><phoneme alphabet=\"x-arpabet\" ph=\"B AA1 B AA1 B AA1 B AA1 B AA1\">Bo</phoneme></speak>");
        var plain = await Speak(synthesizer, "<speak>Bo</speak>");

        Assert.True(given.Length > 2 * plain.Length, $"{given.Length} vs {plain.Length}");
    }

    [Fact]
    public async Task SynthesizeAsync_VoiceName_SpeaksThatPieceWithTheLoadedVoice()
    {
        using var synthesizer = Synthesizer.Create(Bundle("tiny"));
        var asked = new List<string>();
        var ssml = new SsmlSpeakOptions { Voices = name => Bundle("tiny", Record(asked, name)) };

        var alpha = await Speak(synthesizer, "<speak>The keeper lit the lamp at dusk.</speak>", ssml);
        var bravo = await Speak(synthesizer, "<speak><voice name=\"bravo\">The keeper lit the lamp at dusk.</voice></speak>", ssml);
        using var direct = Synthesizer.Create(Bundle("tiny", "bravo"));
        var bravoDirect = await direct.SynthesizeAllAsync("The keeper lit the lamp at dusk.");

        Assert.Equal(["bravo"], asked);
        // The tiny bundle's random speakers differ little, and each synthesizer marks with its own voice's
        // payload, so the audio is compared by length and inequality; docs/ssml.md points to the real voices' check.
        Assert.Equal(bravoDirect.Length, bravo.Length);
        Assert.NotEqual(alpha, bravo);
    }

    [Fact]
    public async Task SynthesizeAsync_VoiceNameWithoutLoader_SaysWhere()
    {
        using var synthesizer = Synthesizer.Create(Bundle("tiny"));

        var error = await Assert.ThrowsAsync<Core.NarratorException>(() => Speak(synthesizer, "<speak>\n<voice name=\"slt\">Hi.</voice></speak>"));

        Assert.Contains("SSML input: line 2, column 19: <voice name=\"slt\">", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_PitchOnPiperVoice_WarnsAndSpeaks()
    {
        using var synthesizer = Synthesizer.Create(VoiceLoader.Load(new VoiceReference(VoiceKind.Piper, Piper, "tiny-piper"), Cpu));
        var warnings = new List<SsmlWarning>();

        var audio = await Speak(synthesizer, "<speak><prosody pitch=\"high\">Up here.</prosody></speak>", new SsmlSpeakOptions { Warn = warnings.Add });

        Assert.NotEmpty(audio);
        Assert.Contains("has no pitch control", Assert.Single(warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_ProsodyPitch_ChangesTheProsodyBundlesAudio()
    {
        using var synthesizer = Synthesizer.Create(Bundle("tiny-prosody"));

        var plain = await Speak(synthesizer, "<speak>The keeper lit the lamp.</speak>");
        var high = await Speak(synthesizer, "<speak><prosody pitch=\"+4st\">The keeper lit the lamp.</prosody></speak>");

        Assert.Equal(plain.Length, high.Length);
        Assert.NotEqual(plain, high);
    }

    private static string Record(List<string> asked, string name)
    {
        asked.Add(name);
        return name;
    }

    private static IVoice Bundle(string bundle, string? speaker = null) =>
        VoiceLoader.Load(new VoiceReference(VoiceKind.NarratorBundle, Path.Combine(Bundles, bundle), bundle), Cpu, speaker);

    private static async Task<float[]> Speak(Synthesizer synthesizer, string ssml, SsmlSpeakOptions? options = null) =>
        [.. (await Chunks(synthesizer, ssml, options)).SelectMany(c => c.Samples.ToArray())];

    private static async Task<List<Audio.AudioChunk>> Chunks(Synthesizer synthesizer, string ssml, SsmlSpeakOptions? options = null)
    {
        var chunks = new List<Audio.AudioChunk>();
        await foreach (var chunk in synthesizer.SynthesizeAsync(SsmlDocument.Parse(ssml), options))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    private static double Rms(float[] samples) => Math.Sqrt(samples.Average(s => (double)s * s));
}
