using Narrator.Audio.Mastering;

namespace Narrator.Audio.Tests.Mastering;

public sealed class LevelsAndToneTests
{
    [Fact]
    public void LevelMeter_FullScaleSine_RmsIsThreeDecibelsBelowPeak()
    {
        var meter = new LevelMeter();
        meter.Add(Signals.Sine(44100, 1, 1000, 0.5));

        Assert.Equal(-6.02, meter.PeakDb, 2);
        Assert.Equal(-9.03, meter.RmsDb, 2);
    }

    [Fact]
    public void RoomToneGenerator_Level_MatchesRequestedRmsAndBound()
    {
        var tone = new RoomToneGenerator(44100, -75, 3);
        var samples = new float[44100 * 2];
        tone.AddTo(samples);
        var meter = new LevelMeter();
        meter.Add(samples);

        Assert.InRange(meter.RmsDb, -75.3, -74.7);
        Assert.True(meter.Peak <= tone.MaxAmplitude);
    }

    [Fact]
    public void RoomToneGenerator_SameSeed_SameNoise()
    {
        var first = new float[1000];
        var second = new float[1000];
        new RoomToneGenerator(44100, -70, 5).AddTo(first);
        new RoomToneGenerator(44100, -70, 5).AddTo(second);

        Assert.Equal(first, second);
        Assert.Contains(first, x => x != 0);
    }

    [Fact]
    public void MasteringOptions_SeveralBadValues_ValidateListsEach()
    {
        var options = new MasteringOptions { SampleRate = 10, TargetRmsDb = 5, RoomToneLevelDb = -20 };

        var error = Assert.Throws<AudioException>(options.Validate);

        Assert.Contains("SampleRate", error.Message, StringComparison.Ordinal);
        Assert.Contains("TargetRmsDb", error.Message, StringComparison.Ordinal);
        Assert.Contains("RoomToneLevelDb", error.Message, StringComparison.Ordinal);
        Assert.Empty(MasteringOptions.Acx.Errors);
    }
}
