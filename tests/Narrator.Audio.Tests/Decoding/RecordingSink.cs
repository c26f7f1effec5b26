namespace Narrator.Audio.Tests.Decoding;

/// <summary>Keeps what a decoder hands on, and how: the rate, the samples, the number and largest size of the blocks.</summary>
internal sealed class RecordingSink : IAudioSink
{
    private readonly List<float> _samples = [];

    public int Rate { get; private set; }

    public int Blocks { get; private set; }

    public int LargestBlock { get; private set; }

    public float[] Samples => [.. _samples];

    public void Start(int sampleRate) => Rate = sampleRate;

    public void Write(ReadOnlySpan<float> samples)
    {
        _samples.AddRange(samples);
        Blocks++;
        LargestBlock = Math.Max(LargestBlock, samples.Length);
    }
}
