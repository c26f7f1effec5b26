using Narrator.Core;

namespace Narrator.Audio;

/// <summary>
/// A piece of synthesized audio in order: mono float samples in [-1, 1] at <see cref="SampleRate"/>,
/// the source text it speaks and where that text sits in the input.
/// </summary>
public sealed record AudioChunk(int Index, ReadOnlyMemory<float> Samples, int SampleRate, string Text, SourceRange Source)
{
    public TimeSpan Duration => TimeSpan.FromSeconds((double)Samples.Length / SampleRate);
}
