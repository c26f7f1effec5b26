namespace Narrator.Evaluation;

/// <summary>
/// A naturalness proxy for a voice reading a speaker's prompts, each reading compared with the speaker's
/// natural recording of the same prompt and the figures averaged over the prompts (NaN where no prompt
/// gave one). Closer pitch figures to the natural ones, a higher F0 correlation and a lower distortion are better.
/// </summary>
/// <param name="Prompts">How many prompts were compared.</param>
/// <param name="MedianHz">The reading's median F0 in Hz.</param>
/// <param name="RangeSemitones">The reading's F0 range (5th to 95th percentile) in semitones.</param>
/// <param name="NaturalMedianHz">The natural recordings' median F0 in Hz (the reference).</param>
/// <param name="NaturalRangeSemitones">The natural recordings' F0 range in semitones (the reference).</param>
/// <param name="F0Correlation">Pearson correlation of log F0 with the natural recording after time alignment (1 is the same contour).</param>
/// <param name="MelCepstralDistortionDb">Mel-cepstral distortion from the natural recording after time alignment, in dB (0 is the same spectrum).</param>
public sealed record NaturalnessFigures(int Prompts, double MedianHz, double RangeSemitones, double NaturalMedianHz, double NaturalRangeSemitones, double F0Correlation, double MelCepstralDistortionDb)
{
    internal static NaturalnessFigures Average(IReadOnlyList<UtteranceComparison> comparisons) => new(
        comparisons.Count,
        Mean(comparisons.Select(c => c.Reading.MedianHz)),
        Mean(comparisons.Select(c => c.Reading.RangeSemitones)),
        Mean(comparisons.Select(c => c.Natural.MedianHz)),
        Mean(comparisons.Select(c => c.Natural.RangeSemitones)),
        Mean(comparisons.Select(c => c.F0Correlation)),
        Mean(comparisons.Select(c => c.MelCepstralDistortionDb)));

    private static double Mean(IEnumerable<double> values)
    {
        var defined = values.Where(v => !double.IsNaN(v)).ToList();
        return defined.Count == 0 ? double.NaN : defined.Average();
    }
}
