using Narrator.Rendering.Cast;
using Narrator.Synthesis;

namespace Narrator.Rendering;

/// <summary>A piece of a chapter's text, the voice that reads it, how, and the silence after it.</summary>
internal sealed record ScriptLine(string Text, SpeakOptions Speak, TimeSpan PauseAfter, CastVoice Voice);
