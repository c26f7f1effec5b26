using System.Text.Json;
using Narrator.Audio.Features;

namespace Narrator.Audio.Tests.Features;

/// <summary>
/// The engine's encoder features against the training side's: tests/fixtures/features holds a WAV
/// and the features training/narrator_tts/make_golden.py computed from it in float64.
/// </summary>
public sealed class LogMelGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "features");

    [Fact]
    public void Compute_GoldenInput_MatchesTrainingWithinTheStatedTolerance()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "golden-features.json")));
        var root = golden.RootElement;
        var parameters = LogMelParameters.FromJson(root.GetProperty("params"), "golden-features.json");
        var tolerance = root.GetProperty("tolerance").GetProperty("maxAbsDiff").GetDouble();
        var expected = root.GetProperty("values").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        var (samples, rate) = WavFile.Read(Path.Combine(Folder, "golden-input.wav"));

        var actual = new LogMelExtractor(parameters).Compute(samples, out var frames);

        Assert.Equal(parameters.SampleRate, rate);
        Assert.Equal(expected.Length, frames);
        var worst = 0.0;
        for (var f = 0; f < frames; f++)
        {
            for (var m = 0; m < parameters.NMels; m++)
            {
                worst = Math.Max(worst, Math.Abs(actual[(f * parameters.NMels) + m] - expected[f][m]));
            }
        }

        Assert.True(worst <= tolerance, $"largest difference {worst:E3} exceeds the tolerance {tolerance:E3}");
    }

    [Fact]
    public void Compute_ShorterThanOneWindow_GivesNoFrames()
    {
        var features = new LogMelExtractor(new LogMelParameters()).Compute(new float[399], out var frames);

        Assert.Equal(0, frames);
        Assert.Empty(features);
    }

    [Fact]
    public void Compute_ToneInOneBand_PeaksInTheMatchingMelChannel()
    {
        var parameters = new LogMelParameters { MeanNormalize = false, PreEmphasis = null };
        var tone = Enumerable.Range(0, 16000).Select(i => 0.5f * MathF.Sin(2 * MathF.PI * 1000 * i / 16000)).ToArray();

        var features = new LogMelExtractor(parameters).Compute(tone, out var frames);

        var middle = features.AsSpan((frames / 2) * parameters.NMels, parameters.NMels).ToArray();
        var peak = Array.IndexOf(middle, middle.Max());
        var htkMel = 2595 * Math.Log10(1 + (1000 / 700.0));
        var low = 2595 * Math.Log10(1 + (20 / 700.0));
        var high = 2595 * Math.Log10(1 + (7600 / 700.0));
        var expected = (int)Math.Round(((htkMel - low) / (high - low) * 81) - 1);
        Assert.InRange(peak, expected - 1, expected + 1);
    }

    [Fact]
    public void Constructor_BadParameters_ListsEveryProblem()
    {
        var error = Assert.Throws<AudioException>(() => new LogMelExtractor(new LogMelParameters { NFft = 500, Window = "kaiser" }));

        Assert.Contains("nFft 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("kaiser", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compute_IntoALargerBuffer_SameFeaturesAsTheArray(bool center)
    {
        var extractor = new LogMelExtractor(new LogMelParameters { Center = center });
        var noise = new Random(7);
        var samples = Enumerable.Range(0, 16_037).Select(_ => (float)(noise.NextDouble() - 0.5)).ToArray();
        var expected = extractor.Compute(samples, out var frames);
        var buffer = new float[expected.Length + 1000];

        var written = extractor.Compute(samples, buffer);

        Assert.Equal(frames, written);
        Assert.Equal(frames, extractor.FrameCount(samples.Length));
        Assert.Equal(expected, buffer[..expected.Length]);
        Assert.Throws<ArgumentException>(() => extractor.Compute(samples, new float[expected.Length - 1]));
    }
}
