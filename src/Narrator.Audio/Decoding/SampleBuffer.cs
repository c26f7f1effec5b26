namespace Narrator.Audio;

/// <summary>
/// Collects a recording into one array, sized up front when the length is known (a FLAC's duration, a
/// WAV's frame count), so that an hour of audio is held once rather than in a growing list and its copy.
/// </summary>
internal sealed class SampleBuffer(int expected) : IAudioSink
{
    private float[] _samples = new float[Math.Max(expected, 4096)];

    public int Count { get; private set; }

    public int SampleRate { get; private set; }

    public void Start(int sampleRate) => SampleRate = sampleRate;

    public void Write(ReadOnlySpan<float> samples)
    {
        if (Count + samples.Length > _samples.Length)
        {
            var grown = Math.Max(Count + samples.Length, _samples.Length + (_samples.Length / 4) + 4096);
            Array.Resize(ref _samples, (int)Math.Min(Array.MaxLength, grown));
        }

        samples.CopyTo(_samples.AsSpan(Count));
        Count += samples.Length;
    }

    /// <summary>The samples written; the buffer itself when the expected length was exact.</summary>
    public float[] ToArray()
    {
        if (Count != _samples.Length)
        {
            Array.Resize(ref _samples, Count);
        }

        return _samples;
    }
}
