using Narrator.Models.Bundles;

namespace Narrator.Models.Tests.Bundles;

public sealed class MelContrastTests
{
    private const float Floor = -11.5f;

    [Fact]
    public void Apply_FactorsOfOne_GivesTheSameMel()
    {
        var mel = Speech(seed: 1);

        Assert.Same(mel, new MelContrast(1f, 1f, Floor).Apply(mel));
    }

    [Fact]
    public void Apply_TimeContrast_ScalesEachBandsSpreadOverSpeechAndLeavesSilenceAlone()
    {
        var mel = Speech(seed: 2);

        var sharper = new MelContrast(1.5f, 1f, Floor).Apply(mel);

        for (var c = 0; c < mel.Mels; c++)
        {
            var (before, after) = (SpeechRow(mel, c), SpeechRow(sharper, c));
            Assert.Equal(before.Average(), after.Average(), 3);
            Assert.Equal(1.5 * StandardDeviation(before), StandardDeviation(after), 3);
        }

        for (var t = 0; t < 5; t++)
        {
            Assert.All(Enumerable.Range(0, mel.Mels), c => Assert.Equal(mel.Values[(c * mel.Frames) + t], sharper.Values[(c * mel.Frames) + t]));
        }

        Assert.Equal(mel.Pitch, sharper.Pitch);
    }

    [Fact]
    public void Apply_FrequencyContrast_DeepensAFormantPeakAgainstItsNeighbours()
    {
        var mel = Speech(seed: 3);
        const int peak = 20, frame = 30;
        mel.Values[(peak * mel.Frames) + frame] += 2f;

        var sharper = new MelContrast(1f, 2f, Floor).Apply(mel);

        double Contrast(MelSpectrogram m) => m.Values[(peak * m.Frames) + frame] - ((m.Values[((peak - 3) * m.Frames) + frame] + m.Values[((peak + 3) * m.Frames) + frame]) / 2);
        Assert.True(Contrast(sharper) > 1.6 * Contrast(mel), $"{Contrast(mel)} -> {Contrast(sharper)}");
    }

    [Fact]
    public void Apply_StrongContrast_NeverGoesBelowTheSilenceFloor()
    {
        var mel = Speech(seed: 4);

        var sharper = new MelContrast(3f, 3f, Floor).Apply(mel);

        Assert.All(sharper.Values, v => Assert.True(v >= Floor, $"{v}"));
    }

    [Theory]
    [InlineData(0.2f, 1f)]
    [InlineData(1f, 4f)]
    [InlineData(float.NaN, 1f)]
    public void Constructor_FactorOutsideItsRange_IsRefused(float time, float frequency) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MelContrast(time, frequency, Floor));

    // 40 bands × 60 frames: five frames of silence at the floor, then a random spectrum around −5 sloping down.
    private static MelSpectrogram Speech(int seed)
    {
        var random = new Random(seed);
        const int mels = 40, frames = 60;
        var values = new float[mels * frames];
        for (var c = 0; c < mels; c++)
        {
            for (var t = 0; t < frames; t++)
            {
                values[(c * frames) + t] = t < 5 ? Floor : -3f - (0.1f * c) + (float)((random.NextDouble() * 2) - 1);
            }
        }

        return new MelSpectrogram(values, mels, frames) { Pitch = Enumerable.Repeat(120f, frames).ToArray() };
    }

    private static double[] SpeechRow(MelSpectrogram mel, int band) =>
        Enumerable.Range(5, mel.Frames - 5).Select(t => (double)mel.Values[(band * mel.Frames) + t]).ToArray();

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }
}
