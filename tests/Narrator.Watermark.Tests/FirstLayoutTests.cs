using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Narrator.Watermark.Tests;

/// <summary>Files rendered before the telephone-band layout carry the first layout's mark; they must stay readable.</summary>
public sealed class FirstLayoutTests
{
    private static readonly WatermarkPayload Payload = new(0xC0FFEE42);

    [Theory]
    [InlineData(16000, "ac141adbc9abd8b80b95e74bcf1635e97c05499b9b44e21f55bd242daa9ca3b0")]
    [InlineData(22050, "91103eff3e35a124b2f2c9577d0a810dff58ba93c203da875b90ac951787f597")]
    public void Mark_FirstLayout_SamplesOfEarlierVersions(int rate, string sha256)
    {
        // The hashes are of what the embedder of commit a587d0c wrote for the same speech and payload:
        // the first layout kept here is the one in users' files, not an approximation of it.
        var marked = MarkFirstLayout(SpeechLike.Make(10, rate), rate, WatermarkKey.Default);

        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(marked.AsSpan()))));
    }

    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    public void Detect_FirstLayoutMark_FindsPayload(int rate)
    {
        var marked = MarkFirstLayout(SpeechLike.Make(12, rate), rate, WatermarkKey.Default);

        var detection = WatermarkDetector.Detect(marked, rate, WatermarkKey.Default);

        Assert.True(detection.Found && detection.Payload == Payload.Value, $"{detection}");
    }

    [Fact]
    public void Detect_FirstLayoutWithPublisherKey_FindsPayloadOnlyWithThatKey()
    {
        var key = WatermarkKey.FromPassphrase("publisher secret");
        var marked = MarkFirstLayout(SpeechLike.Make(12, 16000), 16000, key);

        Assert.Equal(Payload.Value, WatermarkDetector.Detect(marked, 16000, key).Payload);
        Assert.False(WatermarkDetector.Detect(marked, 16000, WatermarkKey.Default).Found);
    }

    private static float[] MarkFirstLayout(float[] speech, int rate, WatermarkKey key)
    {
        var embedder = new WatermarkEmbedder(rate, key, Payload, null, LayoutVersion.Spread);
        return [.. embedder.Process(speech), .. embedder.Flush()];
    }
}
