using Narrator.Audio;
using Narrator.Audio.Features;
using Narrator.Audio.Mastering;
using Narrator.Core;

namespace Narrator.Evaluation;

/// <summary>
/// One reading of a prompt next to the speaker's natural recording of the same prompt. Both are taken
/// to 16 kHz and trimmed of leading and trailing silence, then aligned in time by dynamic time warping
/// on their <see cref="MelCepstrum"/> frames; the pitch contour and the cepstra are compared along that path.
/// </summary>
/// <param name="Reading">Pitch of the reading (synthesis or a peer).</param>
/// <param name="Natural">Pitch of the natural recording.</param>
/// <param name="F0Correlation">Pearson correlation of log F0 over the aligned frame pairs voiced in both; NaN with fewer than three such pairs.</param>
/// <param name="MelCepstralDistortionDb">Mean mel-cepstral distortion over the aligned frame pairs, in dB.</param>
internal sealed record UtteranceComparison(PitchFigures Reading, PitchFigures Natural, double F0Correlation, double MelCepstralDistortionDb)
{
    private const double SilenceBelowLoudestDb = 40;

    // 10·√2/ln 10: turns the Euclidean distance of natural-log cepstra into decibels.
    private static readonly double DistortionDecibelsPerNeper = 10 * Math.Sqrt(2) / Math.Log(10);

    /// <param name="what">Names the reading in errors ("slt reading arctic_b0001").</param>
    public static UtteranceComparison Measure(float[] reading, int readingRate, float[] natural, int naturalRate, string what)
    {
        var (readingSpeech, naturalSpeech) = (Speech(reading, readingRate), Speech(natural, naturalRate));
        var (readingCepstra, naturalCepstra) = (MelCepstrum.Compute(readingSpeech), MelCepstrum.Compute(naturalSpeech));
        if (readingCepstra.Length == 0 || naturalCepstra.Length == 0)
        {
            throw new NarratorException($"{what}: too short to compare with the natural recording ({readingCepstra.Length} and {naturalCepstra.Length} frames of speech).");
        }

        var path = DynamicTimeWarping.Align(readingCepstra, naturalCepstra);
        var (readingPitch, naturalPitch) = (PitchTrack.Estimate(readingSpeech, MelCepstrum.SampleRate), PitchTrack.Estimate(naturalSpeech, MelCepstrum.SampleRate));
        var distortion = path.Average(p => DistortionDecibelsPerNeper * DynamicTimeWarping.Distance(readingCepstra[p.A], naturalCepstra[p.B]));
        var voicedPairs = path
            .Select(p => (Reading: HertzAt(readingPitch, p.A), Natural: HertzAt(naturalPitch, p.B)))
            .Where(p => p.Reading > 0 && p.Natural > 0)
            .Select(p => (Math.Log(p.Reading), Math.Log(p.Natural)))
            .ToList();
        return new UtteranceComparison(PitchFigures.Of(readingPitch), PitchFigures.Of(naturalPitch), Pearson(voicedPairs), distortion);
    }

    // Cepstral frame f and pitch frame f both start at f hops (10 ms); pitch frames are longer, so fewer.
    private static double HertzAt(PitchTrack track, int frame) => frame < track.Hertz.Count ? track.Hertz[frame] : 0;

    private static float[] Speech(float[] samples, int rate)
    {
        var resampled = Resampling.Resample(samples, rate, MelCepstrum.SampleRate);
        const int block = MelCepstrum.SampleRate / 100;
        var levels = Enumerable.Range(0, resampled.Length / block)
            .Select(b => Decibels.FromMeanSquare(MeanSquare(resampled.AsSpan(b * block, block))))
            .ToArray();
        if (levels.Length == 0)
        {
            return resampled;
        }

        var floor = levels.Max() - SilenceBelowLoudestDb;
        var first = Array.FindIndex(levels, l => l >= floor);
        var last = Array.FindLastIndex(levels, l => l >= floor);
        return resampled[(first * block)..((last + 1) * block)];
    }

    private static double MeanSquare(ReadOnlySpan<float> block)
    {
        var sum = 0.0;
        foreach (var s in block)
        {
            sum += (double)s * s;
        }

        return sum / block.Length;
    }

    private static double Pearson(List<(double X, double Y)> pairs)
    {
        if (pairs.Count < 3)
        {
            return double.NaN;
        }

        var (meanX, meanY) = (pairs.Average(p => p.X), pairs.Average(p => p.Y));
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var (x, y) in pairs)
        {
            sxy += (x - meanX) * (y - meanY);
            sxx += (x - meanX) * (x - meanX);
            syy += (y - meanY) * (y - meanY);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
