namespace Narrator.Evaluation.Tests.Naturalness;

public sealed class UtteranceComparisonTests
{
    private const int Rate = 16000;

    [Fact]
    public void Measure_SameGlideSpokenSlower_ContourCorrelatesAndSpectraMatch()
    {
        var natural = Glide(fromHz: 100, toHz: 200, seconds: 1.0);
        var slower = Glide(fromHz: 100, toHz: 200, seconds: 1.5);

        var comparison = UtteranceComparison.Measure(slower, Rate, natural, Rate, "slower glide");

        Assert.InRange(comparison.F0Correlation, 0.98, 1);
        Assert.InRange(comparison.MelCepstralDistortionDb, 0, 0.3);
        Assert.InRange(comparison.Reading.MedianHz / comparison.Natural.MedianHz, 0.97, 1.03);
    }

    [Fact]
    public void Measure_GlideAnOctaveUp_MedianDoublesAndSpectraDiffer()
    {
        var natural = Glide(fromHz: 100, toHz: 200, seconds: 1.0);
        var higher = Glide(fromHz: 200, toHz: 400, seconds: 1.0);
        var same = UtteranceComparison.Measure(Glide(100, 200, 1.5), Rate, natural, Rate, "slower glide");

        var comparison = UtteranceComparison.Measure(higher, Rate, natural, Rate, "higher glide");

        Assert.InRange(comparison.Reading.MedianHz / comparison.Natural.MedianHz, 1.9, 2.1);
        Assert.True(comparison.MelCepstralDistortionDb > 10 * same.MelCepstralDistortionDb, $"MCD {comparison.MelCepstralDistortionDb:0.00} dB an octave up, {same.MelCepstralDistortionDb:0.00} dB at the same pitch");
    }

    [Fact]
    public void Measure_GlideOverAnOctave_RangeIsAboutTenSemitonesAndItsOwnDistortionZero()
    {
        // Pitch rises evenly in semitones, so the 5th to 95th percentiles span 90 % of what the frames
        // see: their centres run from 20 ms to 980 ms, 96 % of the octave (10.4 semitones).
        var glide = Glide(fromHz: 100, toHz: 200, seconds: 1.0);

        var comparison = UtteranceComparison.Measure(glide, Rate, glide, Rate, "glide");

        Assert.InRange(comparison.Natural.RangeSemitones, 10.1, 10.7);
        Assert.Equal(comparison.Natural, comparison.Reading);
        Assert.InRange(comparison.MelCepstralDistortionDb, 0, 1e-6);
    }

    [Fact]
    public void Measure_NaturalRecordingWithSilenceLouderAndAtAnotherRate_SameFiguresAsWithout()
    {
        var natural = Glide(fromHz: 100, toHz: 200, seconds: 1.0);
        var reading = Glide(fromHz: 100, toHz: 200, seconds: 1.5);
        var padded = new float[Rate / 2].Concat(natural.Select(s => 2 * s)).Concat(new float[Rate / 4]).ToArray();
        var plain = UtteranceComparison.Measure(reading, Rate, natural, Rate, "plain");

        var comparison = UtteranceComparison.Measure(reading, Rate, Narrator.Audio.Resampling.Resample(padded, Rate, 22050), 22050, "padded");

        Assert.InRange(comparison.MelCepstralDistortionDb, 0.85 * plain.MelCepstralDistortionDb, 1.15 * plain.MelCepstralDistortionDb);
        Assert.InRange(comparison.F0Correlation, 0.98, 1);
    }

    [Fact]
    public void Measure_EmptyReading_ThrowsNamingIt()
    {
        var error = Assert.Throws<Narrator.Core.NarratorException>(() => UtteranceComparison.Measure([], Rate, Glide(100, 200, 1.0), Rate, "alpha's synthesis of a0001"));

        Assert.StartsWith("alpha's synthesis of a0001: too short", error.Message, StringComparison.Ordinal);
    }

    // A harmonic tone (harmonics at 1/k amplitude up to 7 kHz) whose pitch rises evenly in semitones.
    private static float[] Glide(double fromHz, double toHz, double seconds)
    {
        var samples = new float[(int)(seconds * Rate)];
        var phase = 0.0;
        for (var i = 0; i < samples.Length; i++)
        {
            var hz = fromHz * Math.Pow(toHz / fromHz, i / (double)samples.Length);
            phase += 2 * Math.PI * hz / Rate;
            var sum = 0.0;
            for (var k = 1; k * hz < 7000; k++)
            {
                sum += Math.Sin(k * phase) / k;
            }

            samples[i] = (float)(0.2 * sum);
        }

        return samples;
    }
}
