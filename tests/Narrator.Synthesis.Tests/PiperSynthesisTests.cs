using Narrator.Models;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Tests;

/// <summary>The whole chain for real: frontend, espeak-ng, the tiny Piper-contract model.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class PiperSynthesisTests : IDisposable
{
    private static readonly string TinyVoice = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices", "tiny-piper", "en_US-tiny-x_low.onnx");

    private readonly Synthesizer _synthesizer = Synthesizer.Create(
        VoiceLoader.Load(VoiceResolver.Resolve(TinyVoice, "no-stock-voices"), new ExecutionOptions { Device = ExecutionDevice.Cpu }),
        new SynthesisOptions { Voice = new VoiceSettings { NoiseScale = 0, NoiseW = 0 } });

    [Fact]
    public async Task SynthesizeAsync_RealVoice_StreamEqualsOneShotWatermarkIncluded()
    {
        const string text = "It was 3 pm on July 4, 1776. Mr. Adams spoke; the hall, at last, fell silent.\n\nA new day began. "
            + "The keeper climbed the stairs of the lighthouse, counting every step, and lit the lamp as the storm came in from the sea.";

        var streamed = new List<float>();
        await foreach (var chunk in _synthesizer.SynthesizeAsync(text))
        {
            Assert.Equal(16000, chunk.SampleRate);
            streamed.AddRange(chunk.Samples.ToArray());
        }

        Assert.Equal(await _synthesizer.SynthesizeAllAsync(text), streamed);
        Assert.True(Watermark.WatermarkDetector.Detect(streamed.ToArray(), 16000, Watermark.WatermarkKey.Default).Found, "the streamed audio carries the watermark");
    }

    [Fact]
    public async Task SynthesizeAsync_WatermarkedVoice_OneChunkPerSentenceAndNoneWithoutText()
    {
        const string text = "It was 3 pm. Dr. Watson had not come back.";

        var chunks = new List<Audio.AudioChunk>();
        await foreach (var chunk in _synthesizer.SynthesizeAsync(text))
        {
            chunks.Add(chunk);
        }

        Assert.Equal(["It was 3 pm.", "Dr. Watson had not come back."], chunks.Select(c => c.Text));
        Assert.Equal(await _synthesizer.SynthesizeAllAsync(text), chunks.SelectMany(c => c.Samples.ToArray()));
    }

    [Fact]
    public async Task SynthesizeAllAsync_RealVoiceBatched_EqualsOneByOne()
    {
        const string text = "One short line. A second, somewhat longer sentence follows it here. Three.";
        using var batched = Synthesizer.Create(_synthesizer.Voice, new SynthesisOptions { BatchSize = 3, Voice = _synthesizer.Options.Voice }, ownsVoice: false);

        Assert.Equal(await _synthesizer.SynthesizeAllAsync(text), await batched.SynthesizeAllAsync(text));
    }

    [Fact]
    public async Task SynthesizeAsync_LongParagraphWithoutPunctuation_SpeaksInBoundedUtterances()
    {
        var words = Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? "lighthouse" : "and the sea");
        var text = string.Join(' ', words)[..20_000];

        var chunks = 0;
        var samples = 0L;
        await foreach (var chunk in _synthesizer.SynthesizeAsync(text))
        {
            Assert.True(chunk.Text.Length <= _synthesizer.Options.MaxUtteranceLength);
            chunks++;
            samples += chunk.Samples.Length;
        }

        Assert.True(chunks >= 20_000 / _synthesizer.Options.MaxUtteranceLength);
        Assert.True(samples > 0);
    }

    [Theory]
    [InlineData("Emoji 😀🎉 between words.")]
    [InlineData("Русский текст и 日本語のテキスト mixed with English.")]
    [InlineData("Odd characters: \u0000\u0007 \uFFFD ∑ ∫ ⟨x⟩.")]
    public async Task SynthesizeAllAsync_UnusualCharacters_StillSpeaksTheWords(string text)
    {
        var audio = await _synthesizer.SynthesizeAllAsync(text);

        Assert.NotEmpty(audio);
        Assert.All(audio, s => Assert.True(float.IsFinite(s)));
    }

    [Fact]
    public void Prepare_RealVoice_UsesEspeakIpa()
    {
        var prepared = Assert.Single(_synthesizer.Prepare("Hello world."));

        Assert.Equal("espeak", _synthesizer.Voice.Phonemizer.Name);
        Assert.Contains("wˈɜːld", prepared.Phonemes.ToString(), StringComparison.Ordinal);
        Assert.Empty(_synthesizer.Voice.UnknownSymbols);
    }

    [Fact]
    public void Create_PiperVoiceWithPitch_RefusesSayingItHasNoPitchControl()
    {
        var error = Assert.Throws<Core.NarratorException>(() => Synthesizer.Create(_synthesizer.Voice, new SynthesisOptions { Voice = new VoiceSettings { Pitch = 3f } }, ownsVoice: false));

        Assert.Contains("Voice 'en_US-tiny-x_low' cannot shift its pitch by 3 semitones: its model has no pitch control", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _synthesizer.Dispose();
}
