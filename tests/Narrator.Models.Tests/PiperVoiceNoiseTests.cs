using Narrator.Models.Piper;

namespace Narrator.Models.Tests;

// Piper's RandomNormalLike noise is rewritten at load into noise seeded per utterance.
public sealed class PiperVoiceNoiseTests : IDisposable
{
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };
    private static readonly PiperSynthesisSettings Quiet = new() { NoiseScale = 0, NoiseW = 0 };

    private readonly PiperVoice _single = PiperVoice.FromFile(Fixtures.SingleSpeaker, Cpu);
    private readonly PiperVoice _multi = PiperVoice.FromFile(Fixtures.MultiSpeaker, Cpu);

    public void Dispose()
    {
        _single.Dispose();
        _multi.Dispose();
    }

    private PiperPhonemeIds Ids(string phonemes) => _single.PhonemesToIds([.. phonemes.EnumerateRunes().Select(r => r.ToString())]);

    [Fact]
    public void Synthesize_SameIdsTwice_IdenticalSamples()
    {
        var ids = Ids("h\u0259l\u02c8o\u028a w\u025c\u02d0ld");

        var first = _single.Synthesize(ids);
        _single.Synthesize(Ids("\u00f0\u026as \u026az"));
        var again = _single.Synthesize(ids);

        Assert.Equal(first, again);
    }

    [Fact]
    public void Synthesize_TwoVoiceInstances_IdenticalSamples()
    {
        using var other = PiperVoice.FromFile(Fixtures.SingleSpeaker, Cpu);
        var ids = Ids("h\u0259l\u02c8o\u028a");

        Assert.Equal(_single.Synthesize(ids), other.Synthesize(ids));
    }

    [Fact]
    public void Synthesize_DefaultScales_NoiseStillApplied()
    {
        var ids = Ids("h\u0259l\u02c8o\u028a w\u025c\u02d0ld");

        Assert.NotEqual(_single.Synthesize(ids, Quiet), _single.Synthesize(ids));
        Assert.NotEqual(_single.Synthesize(ids, new PiperSynthesisSettings { NoiseW = 0 }), _single.Synthesize(ids));
    }

    [Fact]
    public void Synthesize_MultiSpeakerSameSpeakerTwice_IdenticalSamples()
    {
        var ids = Ids("h\u0259l\u02c8o\u028a");
        var settings = new PiperSynthesisSettings { SpeakerId = 2 };

        Assert.Equal(_multi.Synthesize(ids, settings), _multi.Synthesize(ids, settings));
    }

    [Fact]
    public void NoiseSeed_DifferentIdsScalesOrSpeaker_DifferentSeed()
    {
        long[] ids = [1, 0, 20, 0, 2];
        var settings = (0.667f, 1f, 0.8f, 0L);

        var seed = PiperNoiseSeed.For(ids, settings);

        Assert.Equal(seed, PiperNoiseSeed.For([.. ids], settings));
        Assert.InRange(seed, 0, int.MaxValue - 1);
        Assert.NotEqual(seed, PiperNoiseSeed.For([1, 0, 21, 0, 2], settings));
        Assert.NotEqual(seed, PiperNoiseSeed.For(ids, (0.667f, 1f, 0.8f, 1L)));
        Assert.NotEqual(seed, PiperNoiseSeed.For(ids, (0.5f, 1f, 0.8f, 0L)));
        Assert.NotEqual(seed, PiperNoiseSeed.For(ids, (0.667f, 1.1f, 0.8f, 0L)));
        Assert.NotEqual(seed, PiperNoiseSeed.For(ids, (0.667f, 1f, 0.7f, 0L)));
    }

    [Fact]
    public void SynthesizeBatch_UtteranceAloneAndBesideALongerOne_SameSamples()
    {
        // The noise key is (channel, time), not the flat index, so padding a row does not move its noise.
        // On the CPU the rows come out bit-identical; the tolerance is the one of the noise-off batch test.
        var shortIds = Ids("h\u0259l\u02c8o\u028a");
        var longIds = Ids("w\u025c\u02d0ld \u00f0\u026as \u026az \u0259 l\u0254\u014b t\u025bst");

        var alone = _multi.Synthesize(shortIds, new PiperSynthesisSettings { SpeakerId = 1 });
        var batch = _multi.SynthesizeBatch([longIds, shortIds], new PiperSynthesisSettings { SpeakerId = 1 });
        var reversed = _multi.SynthesizeBatch([shortIds, longIds], new PiperSynthesisSettings { SpeakerId = 1 });

        Assert.Equal(alone.Length, batch[1].Length);
        Assert.Equal(alone, batch[1], (a, b) => Math.Abs(a - b) < 1e-4f);
        Assert.Equal(batch[1], reversed[0], (a, b) => Math.Abs(a - b) < 1e-4f);
    }
}
