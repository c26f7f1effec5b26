using Narrator.Audio;

namespace Narrator.Voices.Embeddings;

/// <summary>
/// The RMS level of each 20 ms frame of a recording as it is decoded (a trailing partial frame is not
/// counted), and from them its seconds of speech by <see cref="ReferenceRecording.SpeechSeconds"/>'s
/// rule. Holds one number per frame: about 1.4 MB for an hour.
/// </summary>
public sealed class SpeechMeter : IAudioSink
{
    private readonly List<double> _levels = [];
    private int _frame = 1;
    private int _filled;
    private double _sum;

    /// <summary>The recording's rate in Hz, from <see cref="Start"/>.</summary>
    public int SampleRate { get; private set; }

    /// <summary>Samples written, the partial last frame included.</summary>
    public long Samples { get; private set; }

    internal IReadOnlyList<double> Levels => _levels;

    /// <summary>Samples per frame: a fiftieth of a second.</summary>
    internal int FrameSamples => _frame;

    /// <summary>Seconds of speech: frames within 40 dB of the loudest frame and above −55 dBFS.</summary>
    public double SpeechSeconds
    {
        get
        {
            if (_levels.Count == 0)
            {
                return 0;
            }

            var floor = Math.Max(_levels.Max() * 0.01, Math.Pow(10, -55 / 20.0));
            return _levels.Count(l => l > floor) * _frame / (double)SampleRate;
        }
    }

    /// <inheritdoc/>
    public void Start(int sampleRate)
    {
        SampleRate = sampleRate;
        _frame = Math.Max(1, sampleRate / 50);
    }

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<float> samples)
    {
        foreach (var s in samples)
        {
            _sum += s * s;
            if (++_filled == _frame)
            {
                _levels.Add(Math.Sqrt(_sum / _frame));
                (_sum, _filled) = (0, 0);
            }
        }

        Samples += samples.Length;
    }

    /// <summary>The meter of samples held in memory.</summary>
    internal static SpeechMeter Of(ReadOnlySpan<float> samples, int sampleRate)
    {
        var meter = new SpeechMeter();
        AudioSinks.Feed(meter, samples, sampleRate);
        return meter;
    }
}
