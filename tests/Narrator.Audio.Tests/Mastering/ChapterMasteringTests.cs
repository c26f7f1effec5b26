using Narrator.Audio.Mastering;

namespace Narrator.Audio.Tests.Mastering;

public sealed class ChapterMasteringTests
{
    private const int Rate = 44100;

    [Fact]
    public void Render_QuietSine_WholeFileLandsOnTargetRmsUnderCeiling()
    {
        using var input = Signals.FloatStream(Signals.Sine(Rate, 3, 300, 0.01));
        var options = MasteringOptions.Acx;

        var part = Assert.Single(ChapterMastering.Plan(input, options));
        using var output = new MemoryStream();
        ChapterMastering.Render(input, part, options, output);

        var samples = Signals.Pcm16(output);
        var meter = new LevelMeter();
        meter.Add(samples);
        Assert.Equal(part.OutputSamples, samples.Length);
        Assert.InRange(meter.RmsDb, -20.3, -19.7);
        Assert.True(meter.PeakDb <= -3.5, $"peak {meter.PeakDb}");
    }

    [Fact]
    public void Plan_LongSilenceAround_TrimsToSoundPlusKeep()
    {
        var silence = new float[Rate * 3];
        using var input = Signals.FloatStream(silence, Signals.Sine(Rate, 2, 300, 0.3), silence);

        var part = Assert.Single(ChapterMastering.Plan(input, MasteringOptions.Acx));

        Assert.InRange(part.SpeechStart, (3 * Rate) - (0.06 * Rate), (3 * Rate) - (0.04 * Rate));
        Assert.InRange(part.SpeechSamples, 2.08 * Rate, 2.12 * Rate);
        Assert.Equal((long)(0.75 * Rate) + part.SpeechSamples + (2 * Rate), part.OutputSamples);
    }

    [Fact]
    public void Plan_ChapterLongerThanMax_SplitsIntoPartsWithinMaxAtQuietPoints()
    {
        var options = new MasteringOptions { HeadRoomTone = TimeSpan.FromSeconds(0.5), TailRoomTone = TimeSpan.FromSeconds(1), MaxPartDuration = TimeSpan.FromSeconds(4) };
        var pieces = Enumerable.Range(0, 10).SelectMany(_ => new[] { Signals.Sine(Rate, 0.8, 300, 0.3), new float[Rate / 5] }).ToArray();
        using var input = Signals.FloatStream(pieces);

        var parts = ChapterMastering.Plan(input, options);
        var layout = string.Join(", ", parts.Select(p => $"{p.SpeechStart}-{p.SpeechEnd}/{p.OutputSamples}"));

        Assert.InRange(parts.Count, 4, 5);
        Assert.All(parts, p => Assert.True(p.OutputSamples <= 4 * Rate, $"part {p.Index}: {layout}"));
        Assert.All(parts.Skip(1), p => Assert.InRange((p.SpeechStart + (Rate / 20) + (Rate / 2)) % Rate, (Rate / 2) - 441, (Rate / 2) + 441));
        Assert.All(parts.SkipLast(1), p => Assert.InRange((p.SpeechEnd - (0.85 * Rate) + (Rate / 2)) % Rate, (Rate / 2) - 441, (Rate / 2) + 441));
    }
}
