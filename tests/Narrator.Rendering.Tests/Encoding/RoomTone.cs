namespace Narrator.Rendering.Tests.Encoding;

/// <summary>Measures the head and tail of a decoded file: time before the first and after the last sample above −50 dBFS.</summary>
internal static class RoomTone
{
    private const float Threshold = 0.00316f;

    public static (double HeadSeconds, double TailSeconds) Measure(float[] samples, int sampleRate)
    {
        var first = Array.FindIndex(samples, x => MathF.Abs(x) > Threshold);
        var last = Array.FindLastIndex(samples, x => MathF.Abs(x) > Threshold);
        Assert.True(first >= 0, "the file has no sound above −50 dBFS");
        return ((double)first / sampleRate, (double)(samples.Length - 1 - last) / sampleRate);
    }
}
