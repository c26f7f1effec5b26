using Narrator.Synthesis.Benchmarking;

namespace Narrator.Synthesis.Tests;

public sealed class StageTimesTests
{
    [Fact]
    public async Task Stages_StreamedText_CountTheVoicesTimeAsModelTime()
    {
        using var synthesizer = Synthesizer.Create(new FakeVoice { Delay = TimeSpan.FromMilliseconds(40) });

        await foreach (var _ in synthesizer.SynthesizeAsync("One sentence. Two sentences. Three sentences."))
        {
        }

        Assert.True(synthesizer.Stages.Model >= TimeSpan.FromMilliseconds(110), $"model {synthesizer.Stages.Model}");
        Assert.True(synthesizer.Stages.Frontend > TimeSpan.Zero);
        Assert.True(synthesizer.Stages.Frontend < synthesizer.Stages.Model);
    }

    [Fact]
    public async Task Stages_Reset_StartsFromZero()
    {
        using var synthesizer = Synthesizer.Create(new FakeVoice { Delay = TimeSpan.FromMilliseconds(10) });
        await synthesizer.SynthesizeAllAsync("Some words to speak.");

        synthesizer.Stages.Reset();

        Assert.Equal(TimeSpan.Zero, synthesizer.Stages.Model);
        Assert.Equal(TimeSpan.Zero, synthesizer.Stages.Frontend);
        Assert.Equal(TimeSpan.Zero, synthesizer.Stages.Watermark);
    }

    [Theory]
    [InlineData(BenchmarkPath.Streaming)]
    [InlineData(BenchmarkPath.Batch)]
    public async Task RunAsync_EitherPath_BreaksTheMedianRunDownIntoItsStages(BenchmarkPath path)
    {
        using var synthesizer = Synthesizer.Create(new FakeVoice { Delay = TimeSpan.FromMilliseconds(5) });

        var result = await SpeechBenchmark.RunAsync(synthesizer, 3, TimeSpan.FromSeconds(1), path);

        Assert.Equal(path, result.Path);
        Assert.True(result.ModelSeconds >= 8 * 0.005, $"model {result.ModelSeconds} s for 8 utterances of at least 5 ms");
        Assert.True(result.FrontendSeconds + result.ModelSeconds + result.WatermarkSeconds <= result.ComputeSeconds);
        Assert.Equal(result.ComputeSeconds - result.FrontendSeconds - result.ModelSeconds - result.WatermarkSeconds, result.OtherSeconds, 9);
        Assert.True(result.AudioSeconds > 0);
    }
}
