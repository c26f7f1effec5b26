using Narrator.Audio.Mastering;

namespace Narrator.Rendering.Timing;

/// <summary>
/// Maps a span of a chapter's raw synthesized samples to the mastered file that holds it: resampling to the master
/// rate (ffmpeg's resampler keeps sample p at p·out/in), the silence trimmed before and after the speech, the split
/// into parts and the room tone at each part's head.
/// </summary>
internal sealed class MasterTimeline
{
    private readonly int _inputRate;
    private readonly int _masterRate;
    private readonly IReadOnlyList<MasteringPart> _parts;

    public MasterTimeline(int inputRate, int masterRate, IReadOnlyList<MasteringPart> parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(masterRate);
        if (parts.Count == 0)
        {
            throw new ArgumentException("A chapter has at least one part.", nameof(parts));
        }

        _inputRate = inputRate;
        _masterRate = masterRate;
        _parts = parts;
    }

    /// <summary>
    /// The part (from 1) holding most of raw samples [start, end), and where they lie in its file; a span trimmed away
    /// (silence) is clipped to the nearest kept sample, so it has no length.
    /// </summary>
    public (int Part, long Start, long End) Locate(long start, long end)
    {
        long from = Master(start), to = Math.Max(from, Master(end));
        var part = _parts.MaxBy(p => Math.Min(to, p.SpeechEnd) - Math.Max(from, p.SpeechStart))!;
        if (Math.Min(to, part.SpeechEnd) <= Math.Max(from, part.SpeechStart))
        {
            // No overlap with any part: the part nearest to it.
            part = _parts.MinBy(p => from >= p.SpeechEnd ? from - p.SpeechEnd : to <= p.SpeechStart ? p.SpeechStart - to : 0)!;
        }

        long InFile(long sample) => part.HeadSamples + (Math.Clamp(sample, part.SpeechStart, part.SpeechEnd) - part.SpeechStart);
        return (part.Index, InFile(from), InFile(to));
    }

    private long Master(long raw) => _inputRate == _masterRate ? raw : (long)Math.Round((double)raw * _masterRate / _inputRate);
}
