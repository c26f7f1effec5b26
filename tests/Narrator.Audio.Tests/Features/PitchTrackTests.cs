using Narrator.Audio.Features;

namespace Narrator.Audio.Tests.Features;

public sealed class PitchTrackTests
{
    private const int Rate = 16000;

    [Theory]
    [InlineData(110.0)]
    [InlineData(190.0)]
    [InlineData(320.0)]
    public void Estimate_HarmonicTone_MedianIsItsFundamental(double f0)
    {
        var track = PitchTrack.Estimate(Harmonics(f0, seconds: 1.0), Rate);

        Assert.InRange(track.MedianHz, f0 * 0.98, f0 * 1.02);
        Assert.True(track.VoicedFraction > 0.9, $"voiced fraction {track.VoicedFraction}");
    }

    [Fact]
    public void Estimate_ToneThenSilence_SilenceIsUnvoiced()
    {
        var samples = Harmonics(150, seconds: 0.5).Concat(new float[Rate / 2]).ToArray();

        var track = PitchTrack.Estimate(samples, Rate);

        Assert.InRange(track.VoicedFraction, 0.4, 0.6);
        Assert.Equal(0, track.Hertz[^1]);
    }

    [Fact]
    public void Estimate_Silence_HasNoMedian()
    {
        var track = PitchTrack.Estimate(new float[Rate], Rate);

        Assert.True(double.IsNaN(track.MedianHz));
        Assert.Equal(0, track.VoicedFraction);
    }

    private static float[] Harmonics(double f0, double seconds)
    {
        var samples = new float[(int)(Rate * seconds)];
        for (var n = 0; n < samples.Length; n++)
        {
            var t = n / (double)Rate;
            samples[n] = (float)(0.3 * Math.Sin(2 * Math.PI * f0 * t) + 0.2 * Math.Sin(2 * Math.PI * 2 * f0 * t) + 0.1 * Math.Sin(2 * Math.PI * 3 * f0 * t));
        }

        return samples;
    }
}
