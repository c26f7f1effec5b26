using System.Numerics;
using NWaves.Operations;
using NWaves.Signals;

namespace Narrator.Watermark;

/// <summary>
/// Finds a mark in any recording: it resamples to 16 kHz, whitens each speech frame's log spectrum
/// (silence and room tone are skipped) and sums it per cell, each bin weighted by how much speech it
/// holds (<see cref="WhitenedFrames"/>); nothing above the recording's own band is read. The mark flips
/// sign every <see cref="WatermarkLayout.BlockSeconds"/>, a square wave that <see cref="BlockModulation"/>
/// measures per cell, window by window, with a free phase; each cell then counts by its mark over its
/// own noise (<see cref="CellReliability"/>). The unmoved alignment (the recording's own pitch and
/// speed) is judged first; then pitch and speed changes of up to 12 % are searched: every frequency
/// scale, 0.4 % apart and then refined, at three rates of the sign flips. The best alignment is the one
/// whose sync cells, summed with their own chips, stand out most from what other ±1 patterns over the
/// same cells give on this recording, so whatever rhythm the voice itself has cancels out. Its score is a
/// significance: −log10 of a bound on the chance that unmarked audio aligns this well anywhere in
/// the search (<see cref="Significance"/>), the unmoved alignment holding half of that chance and the
/// search the other half (a weighted Bonferroni bound: a mark that no channel moved, the common case,
/// pays for one alignment instead of every one searched). The coded bits are read coherently against the sync's
/// phase in each window (a quarter period after it for the quadrature bits) and decoded
/// (<see cref="ConvolutionalCode"/>), in the current layout and, failing that, in the first one, so files
/// marked before the telephone-band layout stay readable; the payload is accepted when its CRC-16
/// verifies. Found: a score of at least <see cref="Threshold"/> with a verified payload, or at least
/// <see cref="StrongThreshold"/>. On unmarked audio the first happens with a chance of at most
/// 10^-1.6 × 2 × 2^-16 (two layouts tried, a wrong word passes the CRC-16 once in 65,536 each), the
/// second at most 10^-6.7: together under one in a million per recording judged.
/// </summary>
public static class WatermarkDetector
{
    /// <summary>The score at or above which a mark is reported found when its payload's CRC-16 also verifies.</summary>
    public const double Threshold = 1.6;

    /// <summary>The score at or above which a mark is reported found even when its payload is damaged.</summary>
    public const double StrongThreshold = 6.7;

    /// <summary>The lowest sample rate a recording can be searched at.</summary>
    public const int MinimumSampleRate = 8000;

    private const int Rate = 16000;
    private const int Step = 512;
    private const int MinimumFrames = 64;
    private const double MinimumSpeechSeconds = 1.5;
    private const double NyquistShare = 0.94;

    // Pitch and speed changes of up to 12 % either way are searched, 0.2 % apart; a change of speed
    // also moves the rate of the sign flips (tempo changes alone move only that).
    private const double MaxScale = 1.12;
    private const double ScaleStep = 1.002;
    private static readonly double[] BlockRates = [1 / 1.1, 1, 1.1];

    // The share of the false-alarm budget given to the unmoved alignment alone.
    private const double UnmovedShare = 0.5;

    /// <summary>Judges whether <paramref name="samples"/> (mono, any rate of at least 8 kHz) carry a mark made with <paramref name="key"/>, and reads its payload.</summary>
    /// <param name="samples">The recording, mono, samples in [-1, 1].</param>
    /// <param name="sampleRate">Its rate in Hz; resampled to 16 kHz internally.</param>
    /// <param name="key">The key the mark was made with (<see cref="WatermarkKey.Default"/> for Narrator's published key).</param>
    /// <returns>The score, whether the mark was found and, when it was, the payload.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleRate"/> is below 8,000 Hz.</exception>
    public static WatermarkDetection Detect(ReadOnlySpan<float> samples, int sampleRate, WatermarkKey key)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, MinimumSampleRate);
        ArgumentNullException.ThrowIfNull(key);
        var signal = sampleRate == Rate
            ? samples.ToArray()
            : new Resampler().Resample(new DiscreteSignal(sampleRate, samples.ToArray(), allocateNew: false), Rate).Samples;
        var layout = WatermarkLayout.For(key);
        // Above the recording's own band the resampler leaves only images of the band below, mirrored
        // mark included: read there, they would contradict the cells they mirror.
        var top = Math.Min(WatermarkLayout.HighHz * MaxScale, NyquistShare * sampleRate / 2);
        var frames = WhitenedFrames.Measure(signal, Rate, Step, WatermarkLayout.LowHz / MaxScale, top);
        var speechSeconds = frames.Speech.Count(s => s) * (double)Step / Rate;
        if (speechSeconds < MinimumSpeechSeconds || frames.Frames < MinimumFrames)
        {
            return new WatermarkDetection(false, null, 0, 0, speechSeconds);
        }

        var syncCells = layout.SyncCells;

        // Half the false-alarm budget goes to the unmoved alignment (the recording's own pitch and
        // speed, where every channel but a pitch or speed change leaves the mark); the other half is
        // shared by every alignment searched, the unmoved one included. Each score is its alignment's
        // significance with its share (a weighted Bonferroni bound), so the chance that unmarked
        // audio reaches a score s anywhere is still at most 10^-s.
        var searched = (int)Math.Round((CoarseScales().Count() + 2) * BlockRates.Length / (1 - UnmovedShare));
        var unmoved = Best(frames, layout, syncCells, 1, [1]);
        var score = Significance.Of(unmoved.Cells, syncCells, unmoved.Sync, (int)Math.Round(1 / UnmovedShare));
        var payload = score >= Threshold ? ReadPayload(unmoved.Cells, layout, unmoved.Sync) : null;
        if (payload is null)
        {
            var best = CoarseScales().AsParallel().Select(scale => Best(frames, layout, syncCells, scale, BlockRates)).MaxBy(h => h.Score)!;
            best = new[] { best.Scale * ScaleStep, best.Scale / ScaleStep }.AsParallel()
                .Select(scale => Best(frames, layout, syncCells, scale, BlockRates)).Append(best).MaxBy(h => h.Score)!;
            var searchedScore = Significance.Of(best.Cells, syncCells, best.Sync, searched);
            var searchedPayload = searchedScore >= Threshold ? ReadPayload(best.Cells, layout, best.Sync) : null;
            (score, payload) = searchedPayload is not null || searchedScore > score ? (searchedScore, searchedPayload) : (score, payload);
        }

        var found = payload is not null || score >= StrongThreshold;
        return new WatermarkDetection(found, payload, Math.Max(0, 1 - Math.Pow(10, -score)), score, speechSeconds);
    }

    // Pitch changes searched first: factors from 1 / MaxScale to MaxScale, two ScaleSteps apart; the
    // best is then refined one step either way, so the top cell is never more than half a cell off.
    private static IEnumerable<double> CoarseScales()
    {
        var steps = (int)Math.Ceiling(Math.Log(MaxScale) / Math.Log(ScaleStep * ScaleStep));
        return Enumerable.Range(-steps, (2 * steps) + 1).Select(i => Math.Pow(ScaleStep, 2 * i));
    }

    // The best of the block rates searched at one pitch scale.
    private static Hypothesis Best(WhitenedFrames frames, WatermarkLayout layout, int[] syncCells, double scale, double[] blockRates)
    {
        var series = CellSeries.Of(frames, layout, scale);
        var modulation = new BlockModulation(series, (double)Rate / Step);
        var reliability = CellReliability.Scales(modulation, series.MarkWeights);
        Hypothesis? best = null;
        foreach (var rate in blockRates)
        {
            var cells = modulation.Coefficients(rate / (2 * WatermarkLayout.BlockSeconds));
            CellReliability.Apply(cells, reliability);
            var sync = SumOver(cells, syncCells);
            var score = SyncScore(cells, syncCells, sync);
            best = best is null || score > best.Score ? new Hypothesis(scale, score, cells, sync) : best;
        }

        return best!;
    }

    private sealed record Hypothesis(double Scale, double Score, Complex[,] Cells, Complex[] Sync);

    // Marks of either layout: the current one first, then the first (files rendered before it).
    private static uint? ReadPayload(Complex[,] cells, WatermarkLayout layout, Complex[] sync) =>
        ReadPayload(cells, layout, sync, LayoutVersion.TelephoneBand) ?? ReadPayload(cells, layout, sync, LayoutVersion.Spread);

    // Each slot's cell, projected window by window on the sync's phase (or a quarter period after it,
    // for a quadrature slot), with the slot's sign: summed over a coded bit's slots, its sign is the bit.
    private static uint? ReadPayload(Complex[,] cells, WatermarkLayout layout, Complex[] sync, LayoutVersion version)
    {
        var soft = new double[WatermarkLayout.CodeBits];
        foreach (var slot in layout.Slots(version))
        {
            // The series already carries each cell's chip; the slot's own sign replaces it.
            var sign = slot.Sign * layout.Chip[slot.Cell];
            for (var w = 0; w < sync.Length; w++)
            {
                var product = cells[w, slot.Cell] * Complex.Conjugate(sync[w]);
                soft[slot.Bit] += sign * (slot.Quadrature ? -product.Imaginary : product.Real);
            }
        }

        return PayloadCode.Decode(soft);
    }

    private static Complex[] SumOver(Complex[,] cells, int[] which)
    {
        var sums = new Complex[cells.GetLength(0)];
        for (var w = 0; w < sums.Length; w++)
        {
            foreach (var c in which)
            {
                sums[w] += cells[w, c];
            }
        }

        return sums;
    }

    // T = sum over windows of |sync|^2. For a random ±1 pattern d over the same cells, T(d) = d'Md
    // with M the cells' covariance summed over windows: mean trace(M), variance twice the sum of its
    // squared off-diagonal entries. The sync chips are such a pattern unless a mark made them special.
    private static double SyncScore(Complex[,] cells, int[] syncCells, Complex[] sync)
    {
        var k = syncCells.Length;
        var covariance = new double[k, k];
        for (var w = 0; w < cells.GetLength(0); w++)
        {
            for (var i = 0; i < k; i++)
            {
                for (var j = 0; j < k; j++)
                {
                    covariance[i, j] += (cells[w, syncCells[i]] * Complex.Conjugate(cells[w, syncCells[j]])).Real;
                }
            }
        }

        double trace = 0;
        double offDiagonal = 0;
        for (var i = 0; i < k; i++)
        {
            trace += covariance[i, i];
            for (var j = 0; j < k; j++)
            {
                offDiagonal += i == j ? 0 : covariance[i, j] * covariance[i, j];
            }
        }

        var power = sync.Sum(s => s.Magnitude * s.Magnitude);
        return offDiagonal > 0 ? (power - trace) / Math.Sqrt(2 * offDiagonal) : 0;
    }
}
