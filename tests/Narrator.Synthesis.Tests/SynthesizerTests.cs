using Narrator.Audio;
using Narrator.Core;

namespace Narrator.Synthesis.Tests;

public sealed class SynthesizerTests
{
    private const string Story = "The cat sat. It was 3 pm!\n\nA new paragraph begins here, and it goes on.";

    [Fact]
    public async Task SynthesizeAsync_StreamedChunks_EqualOneShotOutput()
    {
        using var synthesizer = Synthesizer.Create(new FakeVoice());

        var streamed = new List<float>();
        await foreach (var chunk in synthesizer.SynthesizeAsync(Story))
        {
            streamed.AddRange(chunk.Samples.ToArray());
        }

        var oneShot = await synthesizer.SynthesizeAllAsync(Story);
        Assert.Equal(oneShot, streamed);
    }

    [Fact]
    public async Task SynthesizeAllAsync_Batched_EqualsUnbatched()
    {
        var voice = new FakeVoice();
        using var batched = Synthesizer.Create(voice, new SynthesisOptions { BatchSize = 2 });
        using var single = Synthesizer.Create(new FakeVoice());

        Assert.Equal(await single.SynthesizeAllAsync(Story), await batched.SynthesizeAllAsync(Story));
        Assert.Equal([2, 1], voice.BatchSizes);
    }

    [Fact]
    public async Task SynthesizeAllAsync_Batches_GroupUtterancesOfSimilarLength()
    {
        var voice = new FakeVoice();
        using var synthesizer = Synthesizer.Create(voice, new SynthesisOptions { BatchSize = 2 });
        const string text = "Ab. Abcdefghijklmnop qrstu. Abc. Abcdefghijklmnopqrst.";

        var batched = await synthesizer.SynthesizeAllAsync(text);

        Assert.Equal([[2, 3], [20, 21]], voice.BatchLengths);
        using var single = Synthesizer.Create(new FakeVoice());
        Assert.Equal(await single.SynthesizeAllAsync(text), batched);
    }

    [Fact]
    public async Task SynthesizeAsync_Sentences_OneChunkEachWithSourceRanges()
    {
        using var synthesizer = Synthesizer.Create(new FakeVoice());

        var chunks = await Collect(synthesizer.SynthesizeAsync(Story));

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(c.Text, Story.Substring(c.Source.Start, c.Source.Length)));
        Assert.Equal([0, 1, 2], chunks.Select(c => c.Index));
    }

    [Fact]
    public async Task SynthesizeAsync_Pauses_FollowBoundaryAndNotTheLastChunk()
    {
        var options = new SynthesisOptions { SentencePause = TimeSpan.FromSeconds(0.2), ParagraphPause = TimeSpan.FromSeconds(0.5) };
        using var synthesizer = Synthesizer.Create(new FakeVoice(), options);

        var chunks = await Collect(synthesizer.SynthesizeAsync(Story));

        Assert.Equal(200, TrailingZeros(chunks[0]));
        Assert.Equal(500, TrailingZeros(chunks[1]));
        Assert.Equal(0, TrailingZeros(chunks[2]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("... !!! ???")]
    public async Task SynthesizeAsync_NothingToSpeak_YieldsNoChunk(string text)
    {
        var voice = new FakeVoice();
        using var synthesizer = Synthesizer.Create(voice);

        Assert.Empty(await Collect(synthesizer.SynthesizeAsync(text)));
        Assert.Empty(await synthesizer.SynthesizeAllAsync(text));
        Assert.Equal(0, voice.Calls);
    }

    [Fact]
    public async Task SynthesizeAsync_Cancelled_StopsBeforeTheNextUtterance()
    {
        var voice = new FakeVoice();
        using var synthesizer = Synthesizer.Create(voice);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in synthesizer.SynthesizeAsync(Story, cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });
        Assert.Equal(1, voice.Calls);
    }

    [Fact]
    public void Create_InvalidOptions_ReportsEveryProblemAtOnce()
    {
        var options = new SynthesisOptions { BatchSize = 0, MaxUtteranceLength = 5 };

        var error = Assert.Throws<NarratorException>(() => Synthesizer.Create(new FakeVoice(), options));

        Assert.Contains("batch size", error.Message, StringComparison.Ordinal);
        Assert.Contains("longest utterance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_OwnedVoice_IsDisposed()
    {
        var owned = new FakeVoice();
        var borrowed = new FakeVoice();

        Synthesizer.Create(owned).Dispose();
        Synthesizer.Create(borrowed, ownsVoice: false).Dispose();

        Assert.True(owned.Disposed);
        Assert.False(borrowed.Disposed);
    }

    [Fact]
    public void Prepare_Numbers_AreSpokenAsWords()
    {
        using var synthesizer = Synthesizer.Create(new FakeVoice());

        var prepared = synthesizer.Prepare("It was 3 pm.");

        var spoken = Assert.Single(prepared).Normalized.Spoken;
        Assert.Contains("three", spoken, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("3", spoken, StringComparison.Ordinal);
    }

    private static int TrailingZeros(AudioChunk chunk)
    {
        var samples = chunk.Samples.Span;
        var count = 0;
        for (var i = samples.Length - 1; i >= 0 && samples[i] == 0f; i--)
        {
            count++;
        }

        return count;
    }

    private static async Task<List<AudioChunk>> Collect(IAsyncEnumerable<AudioChunk> chunks)
    {
        var list = new List<AudioChunk>();
        await foreach (var chunk in chunks)
        {
            list.Add(chunk);
        }

        return list;
    }
}
