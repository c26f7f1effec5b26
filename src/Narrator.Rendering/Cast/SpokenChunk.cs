using Narrator.Core;

namespace Narrator.Rendering.Cast;

/// <summary>
/// A piece of a line's audio, and the utterance it belongs to: its text, its range in the line's text, and where its
/// speech lies in samples [<see cref="SpeechStart"/>, <see cref="SpeechEnd"/>) from the line's first sample.
/// </summary>
internal sealed record SpokenChunk(float[] Samples, string Text, SourceRange Source, long SpeechStart, long SpeechEnd);
