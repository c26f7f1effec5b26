namespace Narrator.Watermark;

/// <summary>One-shot marking of a whole waveform (the same samples as streaming it through a <see cref="WatermarkEmbedder"/>).</summary>
public static class Watermarker
{
    /// <summary>Returns a marked copy of one synthesized waveform whose first sample is position 0.</summary>
    public static float[] Mark(ReadOnlySpan<float> samples, int sampleRate, WatermarkKey key, WatermarkPayload payload, WatermarkOptions? options = null)
    {
        var embedder = new WatermarkEmbedder(sampleRate, key, payload, options);
        var head = embedder.Process(samples);
        var tail = embedder.Flush();
        return [.. head, .. tail];
    }
}
