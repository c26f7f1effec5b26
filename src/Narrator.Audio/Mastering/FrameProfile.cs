namespace Narrator.Audio.Mastering;

/// <summary>
/// Energy and peak of each 10 ms frame of a long signal: small enough to keep for a two-hour
/// chapter (about 9 MB), detailed enough to trim silence and find quiet split points.
/// </summary>
internal sealed class FrameProfile
{
    private readonly List<double> _energy = [];
    private readonly List<float> _peak = [];
    private double _partialEnergy;
    private float _partialPeak;
    private int _partialCount;

    public FrameProfile(int sampleRate)
    {
        FrameLength = Math.Max(1, sampleRate / 100);
    }

    public int FrameLength { get; }

    public long SampleCount { get; private set; }

    public void Add(ReadOnlySpan<float> samples)
    {
        foreach (var x in samples)
        {
            _partialEnergy += (double)x * x;
            _partialPeak = MathF.Max(_partialPeak, MathF.Abs(x));
            if (++_partialCount == FrameLength)
            {
                CloseFrame();
            }
        }

        SampleCount += samples.Length;
    }

    /// <summary>Closes the last, partial frame; call once after the last <see cref="Add"/>.</summary>
    public void Complete()
    {
        if (_partialCount > 0)
        {
            CloseFrame();
        }
    }

    /// <summary>The span of [start, end) from its first to its last frame at or above the threshold, widened by keep.</summary>
    public (long Start, long End) SoundBounds(long start, long end, float threshold, long keep)
    {
        int first = Frame(start), last = Frame(end - 1);
        while (first <= last && _peak[first] < threshold)
        {
            first++;
        }

        while (last >= first && _peak[last] < threshold)
        {
            last--;
        }

        if (first > last)
        {
            return (start, start);
        }

        var soundStart = Math.Max(start, ((long)first * FrameLength) - keep);
        var soundEnd = Math.Min(end, (((long)last + 1) * FrameLength) + keep);
        return (soundStart, soundEnd);
    }

    /// <summary>The middle of the quietest stretch in [from, to), judged over 50 ms windows.</summary>
    public long QuietestPoint(long from, long to)
    {
        const int span = 5;
        int first = Frame(from), last = Math.Max(first, Frame(to - 1) - span + 1);
        var windows = new double[last - first + 1];
        var best = 0;
        for (var w = 0; w < windows.Length; w++)
        {
            for (var k = first + w; k < Math.Min(first + w + span, _energy.Count); k++)
            {
                windows[w] += _energy[k];
            }

            best = windows[w] < windows[best] ? w : best;
        }

        // Widen to the whole stretch about as quiet as the quietest window, and cut in its middle.
        var limit = (windows[best] * 1.5) + 1e-9;
        int left = best, right = best;
        while (left > 0 && windows[left - 1] <= limit)
        {
            left--;
        }

        while (right < windows.Length - 1 && windows[right + 1] <= limit)
        {
            right++;
        }

        var middle = first + ((left + right) / 2);
        return Math.Clamp(((long)middle * FrameLength) + (span * FrameLength / 2), from, to);
    }

    /// <summary>Mean square of the frames covering [start, end).</summary>
    public double MeanSquare(long start, long end)
    {
        if (end <= start)
        {
            return 0;
        }

        double sum = 0;
        for (var f = Frame(start); f <= Frame(end - 1); f++)
        {
            sum += _energy[f];
        }

        return sum / (end - start);
    }

    private int Frame(long sample) => (int)Math.Clamp(sample / FrameLength, 0, Math.Max(0, _energy.Count - 1));

    private void CloseFrame()
    {
        _energy.Add(_partialEnergy);
        _peak.Add(_partialPeak);
        _partialEnergy = 0;
        _partialPeak = 0;
        _partialCount = 0;
    }
}
