using Narrator.Audio.Mastering;

namespace Narrator.Audio.Tests.Mastering;

public sealed class PeakLimiterTests
{
    private static PeakLimiter Create() => new(44100, -3.5, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(80));

    [Fact]
    public void Process_LoudNoise_NeverExceedsCeiling()
    {
        var random = new Random(7);
        var samples = new float[44100];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)((random.NextDouble() * 2) - 1) * (i % 5000 < 50 ? 4f : 0.8f);
        }

        var limiter = Create();
        limiter.Process(samples);

        Assert.All(samples, x => Assert.True(MathF.Abs(x) <= limiter.Ceiling, $"{x} exceeds {limiter.Ceiling}"));
    }

    [Fact]
    public void Process_QuietSignal_PassesUnchangedAfterLatency()
    {
        var input = Signals.Sine(44100, 0.2, 440, 0.5);
        var output = (float[])input.Clone();
        var limiter = Create();
        limiter.Process(output);

        for (var i = limiter.Latency; i < output.Length; i++)
        {
            Assert.Equal(input[i - limiter.Latency], output[i], 6);
        }
    }

    [Fact]
    public void Process_IrregularChunks_EqualsOneBlock()
    {
        var input = Signals.Sine(44100, 0.5, 220, 1.5);
        var whole = (float[])input.Clone();
        Create().Process(whole);

        var chunked = (float[])input.Clone();
        var limiter = Create();
        int[] sizes = [1, 7, 300, 4096, 13];
        for (int offset = 0, k = 0; offset < chunked.Length; k++)
        {
            var size = Math.Min(sizes[k % sizes.Length], chunked.Length - offset);
            limiter.Process(chunked.AsSpan(offset, size));
            offset += size;
        }

        Assert.Equal(whole, chunked);
    }

    [Fact]
    public void Process_SustainedLoudSine_SettlesAtCeiling()
    {
        var samples = Signals.Sine(44100, 0.5, 440, 1.0);
        var limiter = Create();
        limiter.Process(samples);

        var meter = new LevelMeter();
        meter.Add(samples.AsSpan(samples.Length / 2));
        Assert.InRange(meter.PeakDb, -3.7, -3.5);
    }
}
