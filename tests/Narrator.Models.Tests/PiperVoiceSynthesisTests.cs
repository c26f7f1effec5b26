using Narrator.Core;
using Narrator.Models.Piper;

namespace Narrator.Models.Tests;

public sealed class PiperVoiceSynthesisTests : IDisposable
{
    private const int Hop = 256;

    // Noise off: the tiny model is then deterministic, so differences come from the inputs alone.
    private static readonly PiperSynthesisSettings Quiet = new() { NoiseScale = 0, NoiseW = 0 };

    private readonly PiperVoice _single = PiperVoice.FromFile(Fixtures.SingleSpeaker, new ExecutionOptions { Device = ExecutionDevice.Cpu });
    private readonly PiperVoice _multi = PiperVoice.FromFile(Fixtures.MultiSpeaker, new ExecutionOptions { Device = ExecutionDevice.Cpu });

    public void Dispose()
    {
        _single.Dispose();
        _multi.Dispose();
    }

    private PiperPhonemeIds Ids(string phonemes) => _single.PhonemesToIds([.. phonemes.EnumerateRunes().Select(r => r.ToString())]);

    [Fact]
    public void Synthesize_Ids_WholeFramesOfAudioInRange()
    {
        var audio = _single.Synthesize(Ids("h\u0259l\u02c8o\u028a"));

        Assert.NotEmpty(audio);
        Assert.Equal(0, audio.Length % Hop);
        Assert.All(audio, s => Assert.InRange(s, -1f, 1f));
        Assert.Contains(audio, s => s != 0f);
    }

    [Fact]
    public void Synthesize_LongerText_LongerAudio()
    {
        var shortAudio = _single.Synthesize(Ids("h\u0259"), Quiet);
        var longAudio = _single.Synthesize(Ids("h\u0259l\u02c8o\u028a w\u025c\u02d0ld \u00f0\u026as \u026az \u0259 t\u025bst"), Quiet);

        Assert.True(longAudio.Length > shortAudio.Length, $"{longAudio.Length} <= {shortAudio.Length}");
    }

    [Fact]
    public void Synthesize_LargerLengthScale_LongerAudio()
    {
        var ids = Ids("h\u0259l\u02c8o\u028a");

        var normal = _single.Synthesize(ids, Quiet);
        var slow = _single.Synthesize(ids, new PiperSynthesisSettings { NoiseScale = 0, NoiseW = 0, LengthScale = 2 });

        Assert.True(slow.Length > normal.Length, $"{slow.Length} <= {normal.Length}");
    }

    [Fact]
    public void Synthesize_SpeedTwo_SameAsHalfLengthScale()
    {
        var ids = Ids("h\u0259l\u02c8o\u028a w\u025c\u02d0ld");

        var fast = _single.Synthesize(ids, new PiperSynthesisSettings { NoiseScale = 0, NoiseW = 0, Speed = 2 });
        var halfScale = _single.Synthesize(ids, new PiperSynthesisSettings { NoiseScale = 0, NoiseW = 0, LengthScale = 0.5f });

        Assert.Equal(halfScale, fast);
        Assert.True(fast.Length < _single.Synthesize(ids, Quiet).Length);
    }

    [Fact]
    public void Synthesize_NoiseScale_ChangesTheOutput()
    {
        var ids = Ids("h\u0259l\u02c8o\u028a");
        var settings = new PiperSynthesisSettings { NoiseScale = 1, NoiseW = 0 };

        Assert.NotEqual(_single.Synthesize(ids, Quiet), _single.Synthesize(ids, settings));
        Assert.Equal(_single.Synthesize(ids, Quiet), _single.Synthesize(ids, Quiet));
    }

    [Fact]
    public void Synthesize_DifferentSpeakers_DifferentAudio()
    {
        var ids = Ids("h\u0259l\u02c8o\u028a");

        var first = _multi.Synthesize(ids, new PiperSynthesisSettings { NoiseScale = 0, NoiseW = 0, SpeakerId = 0 });
        var again = _multi.Synthesize(ids, new PiperSynthesisSettings { NoiseScale = 0, NoiseW = 0, SpeakerId = 0 });
        var third = _multi.Synthesize(ids, new PiperSynthesisSettings { NoiseScale = 0, NoiseW = 0, SpeakerId = 2 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, third);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void Synthesize_SpeakerOutOfRange_BadInputNamingTheRange(int speaker)
    {
        var e = Assert.Throws<ModelException>(() => _multi.Synthesize(Ids("a"), new PiperSynthesisSettings { SpeakerId = speaker }));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains($"speaker id {speaker} is outside 0..2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthesize_SpeakerOnSingleSpeakerVoice_BadInput()
    {
        var e = Assert.Throws<ModelException>(() => _single.Synthesize(Ids("a"), new PiperSynthesisSettings { SpeakerId = 1 }));

        Assert.Contains("single speaker", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(256)]
    [InlineData(-1)]
    public void Synthesize_IdOutsideSymbolTable_BadInput(long id)
    {
        var e = Assert.Throws<ModelException>(() => _single.Synthesize([1, 0, id, 0, 2]));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains($"phoneme id {id}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthesize_NoIds_BadInput()
    {
        Assert.Throws<ModelException>(() => _single.Synthesize([]));
    }

    [Fact]
    public void SynthesizeBatch_ThreeUtterances_ThreeResultsEqualToSingleCalls()
    {
        IReadOnlyList<long>[] utterances = [Ids("h\u0259l\u02c8o\u028a"), Ids("a"), Ids("w\u025c\u02d0ld \u00f0\u026as")];

        var batch = _multi.SynthesizeBatch(utterances, new PiperSynthesisSettings { NoiseScale = 0, NoiseW = 0, SpeakerId = 1 });

        Assert.Equal(3, batch.Count);
        for (var i = 0; i < utterances.Length; i++)
        {
            var single = _multi.Synthesize(utterances[i], new PiperSynthesisSettings { NoiseScale = 0, NoiseW = 0, SpeakerId = 1 });
            Assert.Equal(single.Length, batch[i].Length);
            Assert.Equal(single, batch[i], (a, b) => Math.Abs(a - b) < 1e-4f);
        }
    }

    [Fact]
    public void SynthesizeBatch_Empty_NoResults()
    {
        Assert.Empty(_single.SynthesizeBatch([]));
    }
}
