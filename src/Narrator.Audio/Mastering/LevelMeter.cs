namespace Narrator.Audio.Mastering;

/// <summary>
/// Streaming level meter with ffmpeg astats' definitions: RMS level = 20·log10(sqrt(mean(x²)))
/// over all samples, peak level = 20·log10(max |x|).
/// </summary>
public sealed class LevelMeter
{
    private double _sumOfSquares;
    private float _peak;

    /// <summary>Samples measured so far.</summary>
    public long SampleCount { get; private set; }

    /// <summary>Mean of the squared samples so far; 0 before any.</summary>
    public double MeanSquare => SampleCount == 0 ? 0 : _sumOfSquares / SampleCount;

    /// <summary>RMS level in dB relative to full scale (negative infinity for silence).</summary>
    public double RmsDb => Decibels.FromMeanSquare(MeanSquare);

    /// <summary>Largest absolute sample so far, as a linear amplitude.</summary>
    public double Peak => _peak;

    /// <see cref="Peak"/> in dB relative to full scale.
    public double PeakDb => Decibels.FromAmplitude(_peak);

    /// <summary>Adds <paramref name="samples"/> to the measurement.</summary>
    public void Add(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        var peak = _peak;
        foreach (var x in samples)
        {
            sum += (double)x * x;
            peak = MathF.Max(peak, MathF.Abs(x));
        }

        _sumOfSquares += sum;
        _peak = peak;
        SampleCount += samples.Length;
    }

    /// <summary>Forgets everything measured, to measure another recording.</summary>
    public void Reset()
    {
        _sumOfSquares = 0;
        _peak = 0;
        SampleCount = 0;
    }
}
