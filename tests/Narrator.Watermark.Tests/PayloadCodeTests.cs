namespace Narrator.Watermark.Tests;

public sealed class PayloadCodeTests
{
    [Theory]
    [InlineData(0u)]
    [InlineData(0xFFFFFFFFu)]
    [InlineData(0xC0FFEE42u)]
    public void Decode_CleanCode_GivesThePayloadBack(uint payload)
    {
        var soft = PayloadCode.Encode(payload).Select(b => (double)b).ToArray();

        Assert.Equal(payload, PayloadCode.Decode(soft));
    }

    [Fact]
    public void Decode_ScatteredWrongAndWeakBits_RepairsThem()
    {
        var random = new Random(11);
        var soft = PayloadCode.Encode(0x9E3779B9).Select(b => b * (0.2 + random.NextDouble())).ToArray();
        // One coded bit in eight wrong, spread out, and everything noisy: what a short excerpt reads.
        for (var i = 3; i < soft.Length; i += 8)
        {
            soft[i] = -soft[i];
        }

        Assert.Equal(0x9E3779B9u, PayloadCode.Decode(soft));
    }

    [Fact]
    public void Decode_RandomSoftBits_IsAlmostNeverAPayload()
    {
        var random = new Random(5);
        var accepted = Enumerable.Range(0, 2000)
            .Count(_ => PayloadCode.Decode(Enumerable.Range(0, WatermarkLayout.CodeBits).Select(_ => random.NextDouble() - 0.5).ToArray()) is not null);

        // The CRC-16 passes a random decoded word once in 65,536 times.
        Assert.True(accepted <= 1, $"{accepted} of 2000 random patterns decoded to a verified payload");
    }
}
