namespace Narrator.Watermark;

/// <summary>One-shot marking of a whole waveform (the same samples as streaming it through a <see cref="WatermarkEmbedder"/>).</summary>
public static class Watermarker
{
    /// <summary>
    /// Returns a marked copy of one synthesized waveform whose first sample lies at <paramref name="position"/>
    /// (in samples) of the recording it is joined into; 0 when it stands alone (see <see cref="WatermarkEmbedder"/>).
    /// </summary>
    public static float[] Mark(ReadOnlySpan<float> samples, int sampleRate, WatermarkKey key, WatermarkPayload payload, WatermarkOptions? options = null, long position = 0)
    {
        var embedder = new WatermarkEmbedder(sampleRate, key, payload, options, position);
        var head = embedder.Process(samples);
        var tail = embedder.Flush();
        return [.. head, .. tail];
    }
}
