using Narrator.Audio;

namespace Narrator.Rendering.Proof;

/// <summary>Keeps the samples of given ranges of a recording as it is decoded, and nothing else.</summary>
internal sealed class UtteranceCutter(IReadOnlyList<(long Start, long End)> ranges) : IAudioSink
{
    private readonly List<float>[] _clips = ranges.Select(r => new List<float>((int)Math.Min(r.End - r.Start, 1 << 22))).ToArray();
    private long _position;

    public int SampleRate { get; private set; }

    /// <summary>The samples of each range, in the order given (shorter where the recording ended first).</summary>
    public float[] Clip(int index) => _clips[index].ToArray();

    public void Start(int sampleRate) => SampleRate = sampleRate;

    public void Write(ReadOnlySpan<float> samples)
    {
        long from = _position, to = _position + samples.Length;
        for (var i = 0; i < ranges.Count; i++)
        {
            var (start, end) = ranges[i];
            long a = Math.Max(start, from), b = Math.Min(end, to);
            if (b > a)
            {
                _clips[i].AddRange(samples[(int)(a - from)..(int)(b - from)]);
            }
        }

        _position = to;
    }
}
