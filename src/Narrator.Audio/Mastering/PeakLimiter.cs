namespace Narrator.Audio.Mastering;

/// <summary>
/// Lookahead peak limiter. The gain each sample needs (ceiling / |x|) is held as a minimum over
/// the lookahead window, smoothed by a moving average over the same window (a linear attack
/// that completes before the peak arrives) and released with a one-pole curve. Every smoothed
/// gain is at most the gain its sample needs, so the output never exceeds the ceiling.
/// Output is delayed by <see cref="Latency"/> samples; <see cref="Process"/> works in place.
/// </summary>
public sealed class PeakLimiter
{
    private readonly float _ceiling;
    private readonly float _release;
    private readonly int _window;
    private readonly float[] _delay;
    private readonly float[] _held;
    private readonly long[] _minIndex;
    private readonly float[] _minValue;
    private int _minHead;
    private int _minCount;
    private long _position;
    private double _heldSum;
    private float _envelope;

    /// <summary>A limiter for audio at <paramref name="sampleRate"/> Hz that keeps every sample at or below <paramref name="ceilingDb"/> (dBFS), looking <paramref name="lookahead"/> ahead and recovering over <paramref name="release"/>.</summary>
    public PeakLimiter(int sampleRate, double ceilingDb, TimeSpan lookahead, TimeSpan release)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        Latency = Math.Max(1, (int)Math.Round(lookahead.TotalSeconds * sampleRate));
        _window = Latency + 1;
        _ceiling = (float)Decibels.ToAmplitude(ceilingDb);
        _release = (float)(1 - Math.Exp(-1 / Math.Max(1, release.TotalSeconds * sampleRate)));
        _delay = new float[Latency];
        _held = new float[_window];
        _minIndex = new long[_window];
        _minValue = new float[_window];
        Reset();
    }

    /// <summary>How many samples the output lags the input.</summary>
    public int Latency { get; }

    /// <summary>The ceiling as a linear amplitude.</summary>
    public float Ceiling => _ceiling;

    /// <summary>Clears the delay line and gain state, to limit another recording.</summary>
    public void Reset()
    {
        Array.Clear(_delay);
        Array.Fill(_held, 1f);
        _heldSum = _window;
        _minHead = 0;
        _minCount = 0;
        _position = 0;
        _envelope = 1f;
    }

    /// <summary>Limits <paramref name="samples"/> in place; the output is the input of <see cref="Latency"/> samples earlier.</summary>
    public void Process(Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var x = samples[i];
            var slot = (int)(_position % _window);
            var magnitude = MathF.Abs(x);
            var needed = magnitude > _ceiling ? _ceiling / magnitude * 0.99999f : 1f;
            var held = PushMinimum(needed);
            _heldSum += held - _held[slot];
            _held[slot] = held;
            var smooth = (float)(_heldSum / _window);
            _envelope = smooth < _envelope ? smooth : _envelope + ((smooth - _envelope) * _release);
            var delaySlot = (int)(_position % Latency);
            var delayed = _delay[delaySlot];
            _delay[delaySlot] = x;
            samples[i] = Math.Clamp(delayed * _envelope, -_ceiling, _ceiling);
            _position++;
        }
    }

    private float PushMinimum(float value)
    {
        while (_minCount > 0 && _minValue[(_minHead + _minCount - 1) % _window] >= value)
        {
            _minCount--;
        }

        var tail = (_minHead + _minCount) % _window;
        _minIndex[tail] = _position;
        _minValue[tail] = value;
        _minCount++;
        if (_minIndex[_minHead] <= _position - _window)
        {
            _minHead = (_minHead + 1) % _window;
            _minCount--;
        }

        return _minValue[_minHead];
    }
}
