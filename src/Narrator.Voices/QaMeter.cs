using Narrator.Audio;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>The figures of <see cref="ReferenceQa"/> (level statistics, clipping, speech), gathered block by block as a recording is decoded.</summary>
internal sealed class QaMeter : IAudioSink
{
    private const double ClipLevel = 0.999;

    private readonly SpeechMeter _speech = new();
    private long _clipped;

    public void Start(int sampleRate) => _speech.Start(sampleRate);

    public void Write(ReadOnlySpan<float> samples)
    {
        _speech.Write(samples);
        foreach (var s in samples)
        {
            _clipped += Math.Abs(s) >= ClipLevel ? 1 : 0;
        }
    }

    public QaReport Report(string name)
    {
        var (rate, count, levels) = (_speech.SampleRate, _speech.Samples, _speech.Levels);
        if (count == 0 || rate <= 0)
        {
            return new QaReport { File = name, SampleRate = rate, Rejection = "the file holds no audio" };
        }

        var speech = _speech.SpeechSeconds;
        var report = new QaReport
        {
            File = name,
            SampleRate = rate,
            Seconds = count / (double)rate,
            SpeechSeconds = speech,
            SpeechShare = levels.Count == 0 ? 0 : Math.Min(1, speech / (levels.Count * (_speech.FrameSamples / (double)rate))),
            ClippedShare = _clipped / (double)count,
            SnrDb = ReferenceQa.Snr(levels),
        };
        return report with { Rejection = ReferenceQa.Rejection(report) };
    }
}
