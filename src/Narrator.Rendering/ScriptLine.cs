using Narrator.Synthesis;

namespace Narrator.Rendering;

internal sealed record ScriptLine(string Text, SpeakOptions Speak, TimeSpan PauseAfter);
