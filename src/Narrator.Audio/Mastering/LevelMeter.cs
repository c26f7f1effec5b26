namespace Narrator.Audio.Mastering;

/// <summary>
/// Streaming level meter with ffmpeg astats' definitions: RMS level = 20·log10(sqrt(mean(x²)))
/// over all samples, peak level = 20·log10(max |x|).
/// </summary>
public sealed class LevelMeter
{
    private double _sumOfSquares;
    private float _peak;

    public long SampleCount { get; private set; }

    public double MeanSquare => SampleCount == 0 ? 0 : _sumOfSquares / SampleCount;

    public double RmsDb => Decibels.FromMeanSquare(MeanSquare);

    public double Peak => _peak;

    public double PeakDb => Decibels.FromAmplitude(_peak);

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

    public void Reset()
    {
        _sumOfSquares = 0;
        _peak = 0;
        SampleCount = 0;
    }
}
