using Narrator.Core;

namespace Narrator.Audio;

/// <summary>
/// A piece of synthesized audio in order: mono float samples in [-1, 1] at <see cref="SampleRate"/>,
/// the source text it speaks and where that text sits in the input.
/// </summary>
public sealed record AudioChunk(int Index, ReadOnlyMemory<float> Samples, int SampleRate, string Text, SourceRange Source)
{
    /// <summary>
    /// Where this chunk's utterance begins, in samples from the first sample of the whole synthesis call's output
    /// (the chunks laid end to end). A chunk's own samples may lag its utterance (the watermark holds back up to one
    /// frame), so the utterance's place is told here rather than by the chunk's length.
    /// </summary>
    public long SpeechStart { get; init; }

    /// <summary>How many samples of speech the utterance has from <see cref="SpeechStart"/>, before the pause that follows it.</summary>
    public int SpeechSamples { get; init; }

    /// <summary>How long <see cref="Samples"/> play at <see cref="SampleRate"/>, pauses included.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds((double)Samples.Length / SampleRate);
}
