namespace Narrator.Watermark.Tests;

public sealed class WatermarkEmbedderTests
{
    private const int Rate = 16000;
    private static readonly WatermarkPayload Payload = new(0x12345678);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Process_IrregularChunks_EqualsOneShot(int seed)
    {
        var speech = SpeechLike.Make(3.3, Rate);
        var oneShot = Watermarker.Mark(speech, Rate, WatermarkKey.Default, Payload);
        var embedder = new WatermarkEmbedder(Rate, WatermarkKey.Default, Payload);
        var random = new Random(seed);
        var streamed = new List<float>();
        for (var start = 0; start < speech.Length;)
        {
            var length = Math.Min(speech.Length - start, random.Next(1, 5000));
            streamed.AddRange(embedder.Process(speech.AsSpan(start, length)));
            start += length;
        }

        streamed.AddRange(embedder.Flush());

        Assert.Equal(oneShot, streamed);
    }

    [Fact]
    public void Mark_AnyLength_KeepsLengthAndChangesSpeech()
    {
        var speech = SpeechLike.Make(1.01, Rate);

        var marked = Watermarker.Mark(speech, Rate, WatermarkKey.Default, Payload);

        Assert.Equal(speech.Length, marked.Length);
        Assert.NotEqual(speech, marked);
    }

    [Fact]
    public void Mark_Silence_StaysBitIdentical()
    {
        var speech = SpeechLike.Make(6, Rate, pauseSeconds: 1.0);
        var marked = Watermarker.Mark(speech, Rate, WatermarkKey.Default, Payload);
        var silence = new float[Rate * 2];

        Assert.Equal(silence, Watermarker.Mark(silence, Rate, WatermarkKey.Default, Payload));

        // Inside a 1 s pause, beyond a frame (128 ms) from speech on either side, nothing changes.
        var pauseStart = Enumerable.Range(Rate, speech.Length - Rate).First(i => speech.AsSpan(i, Rate / 2).IndexOfAnyExcept(0f) < 0);
        var inner = new Range(pauseStart + 2048, pauseStart + Rate - 2048);
        Assert.All(marked[inner], s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Mark_Speech_IsAtLeast20DbBelowIt()
    {
        var speech = SpeechLike.Make(10, Rate);
        var marked = Watermarker.Mark(speech, Rate, WatermarkKey.Default, Payload);
        var mark = marked.Zip(speech, (m, s) => m - s).ToArray();

        var levelDb = 10 * Math.Log10(SpeechLike.Energy(mark) / SpeechLike.Energy(speech));

        Assert.True(levelDb <= -20, $"mark at {levelDb:0.0} dB relative to the speech");
    }

    [Fact]
    public void Constructor_BadStrength_SaysWhichOption()
    {
        var e = Assert.Throws<ArgumentException>(() => new WatermarkEmbedder(Rate, WatermarkKey.Default, Payload, new WatermarkOptions { Strength = 2 }));

        Assert.Contains("Strength", e.Message, StringComparison.Ordinal);
    }
}
