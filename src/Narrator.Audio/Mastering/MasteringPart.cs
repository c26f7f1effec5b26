namespace Narrator.Audio.Mastering;

/// <summary>
/// One output file of a chapter: the speech samples [<see cref="SpeechStart"/>, <see cref="SpeechEnd"/>)
/// of the (resampled) input, raised by <see cref="GainDb"/> before the limiter, with room tone at
/// head and tail; <see cref="OutputSamples"/> samples in all.
/// </summary>
public sealed record MasteringPart(int Index, long SpeechStart, long SpeechEnd, double GainDb, long OutputSamples)
{
    /// <summary>Samples of speech the part keeps from the input.</summary>
    public long SpeechSamples => SpeechEnd - SpeechStart;

    /// <summary>Samples of room tone before the speech: input sample <see cref="SpeechStart"/> is output sample <see cref="HeadSamples"/>.</summary>
    public long HeadSamples { get; init; }
}
