namespace Narrator.Watermark;

/// <summary>
/// Looks for a mark in a recording of any length as it is decoded, holding at most
/// <see cref="SegmentSeconds"/> of it. A recording no longer than that is judged whole, exactly as
/// <see cref="WatermarkDetector.Detect"/> judges it. A longer one is judged segment by segment, each
/// segment overlapping the previous by half, so that any stretch of up to <see cref="HopSeconds"/>
/// lies whole inside one segment: a synthesized minute in an hour of natural speech is judged on two
/// minutes, not diluted by the other 58. The result is the strongest segment's (a found one first).
/// </summary>
public sealed class WatermarkScanner
{
    /// <summary>The longest stretch judged at once.</summary>
    public const double SegmentSeconds = 120;

    /// <summary>How far each segment starts after the previous one.</summary>
    public const double HopSeconds = SegmentSeconds / 2;

    private readonly WatermarkKey _key;
    private float[] _segment = [];
    private int _filled;
    private int _rate;
    private long _segmentStart;
    private bool _judgedAny;
    private bool _fresh;
    private WatermarkDetection? _best;

    /// <summary>A scanner looking for marks made with <paramref name="key"/>; feed it with <see cref="Start"/> then <see cref="Write"/>.</summary>
    public WatermarkScanner(WatermarkKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
    }

    /// <summary>Where, from the recording's start, the segment of the reported detection begins.</summary>
    public TimeSpan BestSegmentStart { get; private set; }

    /// <summary>Begins a recording at <paramref name="sampleRate"/> Hz; call once, before the first <see cref="Write"/>.</summary>
    public void Start(int sampleRate)
    {
        _rate = sampleRate;
        _segment = new float[Math.Max(1, (int)(SegmentSeconds * Math.Max(sampleRate, 1)))];
    }

    /// <summary>Adds the next <paramref name="samples"/> of the recording (mono, any block size); a full segment is judged as soon as it is complete.</summary>
    public void Write(ReadOnlySpan<float> samples)
    {
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, _segment.Length - _filled);
            samples[..count].CopyTo(_segment.AsSpan(_filled));
            (_filled, _fresh) = (_filled + count, true);
            samples = samples[count..];
            if (_filled == _segment.Length && !samples.IsEmpty)
            {
                // Judged only once more samples follow: a recording of exactly one segment is judged whole, in Finish.
                Slide();
            }
        }
    }

    /// <summary>The verdict on everything written (as <see cref="WatermarkDetector.Detect"/> would throw for a rate under 8 kHz).</summary>
    public WatermarkDetection Finish()
    {
        if (!_judgedAny || _fresh)
        {
            Judge();
        }

        return _best!;
    }

    // Below the detector's lowest rate nothing is judged here; Finish then throws as the detector does.
    private void Slide()
    {
        if (_rate >= WatermarkDetector.MinimumSampleRate)
        {
            Judge();
        }

        var hop = Math.Max(1, (int)(HopSeconds * _rate));
        Array.Copy(_segment, hop, _segment, 0, _filled - hop);
        _filled -= hop;
        _segmentStart += hop;
    }

    private void Judge()
    {
        var detection = WatermarkDetector.Detect(_segment.AsSpan(0, _filled), _rate, _key);
        if (_best is null || (detection.Found, detection.Score).CompareTo((_best.Found, _best.Score)) > 0)
        {
            _best = detection;
            BestSegmentStart = TimeSpan.FromSeconds(_segmentStart / (double)_rate);
        }

        (_judgedAny, _fresh) = (true, false);
    }
}
