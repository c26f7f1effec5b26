namespace Narrator.Voices.Embeddings;

/// <summary>
/// <see cref="EmbeddingExtractor"/>'s embedding of one recording as it is decoded: each full window
/// of <see cref="EmbeddingExtractor.WindowSeconds"/> is embedded as soon as the next sample shows it
/// is not the last, so only one window (and a copy of the one with the most speech, should no window
/// hold enough) is held. The result is bit for bit the one of the whole recording in memory.
/// </summary>
internal sealed class WindowedEmbedding(EmbeddingExtractor extractor, string path) : IEmbeddingSink
{
    private readonly SpeechMeter _whole = new();
    private readonly List<(SpeakerEmbedding, double)> _windows = [];
    private float[] _window = [];
    private float[] _most = [];
    private int _filled;
    private int _mostLength;
    private double _mostSpeech;
    private bool _cut;

    public void Start(int sampleRate)
    {
        _whole.Start(sampleRate);
        _window = new float[Math.Max(1, (int)(EmbeddingExtractor.WindowSeconds * sampleRate))];
    }

    public void Write(ReadOnlySpan<float> samples)
    {
        _whole.Write(samples);
        while (!samples.IsEmpty)
        {
            if (_filled == _window.Length)
            {
                TakeWindow();
            }

            var count = Math.Min(samples.Length, _window.Length - _filled);
            samples[..count].CopyTo(_window.AsSpan(_filled));
            _filled += count;
            samples = samples[count..];
        }
    }

    public SpeakerEmbedding Finish()
    {
        ReferenceRecording.Check(path, _whole, extractor.MinimumSpeechSeconds);
        var rate = _whole.SampleRate;
        if (!_cut)
        {
            return extractor.EmbedWindow(_window.AsSpan(0, _filled), rate);
        }

        if (_filled > 0)
        {
            TakeWindow();
        }

        // Speech spread thinly over every window: the window with the most of it stands for the recording.
        return _windows.Count > 0
            ? SpeakerEmbedding.WeightedAverage(_windows)
            : extractor.EmbedWindow(_most.AsSpan(0, _mostLength), rate);
    }

    private void TakeWindow()
    {
        var rate = _whole.SampleRate;
        var part = _window.AsSpan(0, _filled);
        var speech = ReferenceRecording.SpeechSeconds(part, rate);
        // Below the minimum rate nothing is embedded: Finish refuses the recording.
        if (rate >= ReferenceRecording.MinimumSampleRate && speech >= extractor.MinimumSpeechSeconds)
        {
            _windows.Add((extractor.EmbedWindow(part, rate), speech));
        }
        else if (_windows.Count == 0 && (speech > _mostSpeech || !_cut))
        {
            _most = _most.Length == _window.Length ? _most : new float[_window.Length];
            part.CopyTo(_most);
            (_mostLength, _mostSpeech) = (_filled, speech);
        }

        _filled = 0;
        _cut = true;
    }
}
