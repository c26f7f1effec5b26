namespace Narrator.Rendering.Encoding;

/// <summary>Exact length of an audio file, counted on the decoded samples (not estimated from headers).</summary>
internal static class DecodedLength
{
    public static async Task<(long Samples, int SampleRate)> MeasureAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new RenderException($"{file}: no such chapter file to assemble.");
        }

        var report = await LevelReport.MeasureAsync(file, cancellationToken).ConfigureAwait(false);
        return (report.Samples, report.SampleRate);
    }
}
