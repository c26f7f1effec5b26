namespace Narrator.Rendering.Cast;

/// <summary>A stretch of a block's text, from <see cref="Start"/> for <see cref="Length"/> characters, read by one voice.</summary>
internal readonly record struct VoicedPart(int Start, int Length, CastVoice Voice);
