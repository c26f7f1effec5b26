namespace Narrator.Audio;

/// <summary>
/// Receives a recording as it is decoded: <see cref="Start"/> once with its rate, then its mono
/// samples in blocks of any size, in order. Measurements that only need a window at a time (levels,
/// speaker embeddings, the watermark check) are sinks, so that an hour of audio is never held whole.
/// </summary>
public interface IAudioSink
{
    /// <summary>Called once, before any samples, with the recording's rate in Hz.</summary>
    void Start(int sampleRate);

    /// <summary>The next samples; the span is only valid during the call.</summary>
    void Write(ReadOnlySpan<float> samples);
}
