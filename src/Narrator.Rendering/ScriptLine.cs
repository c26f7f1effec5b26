using Narrator.Rendering.Cast;
using Narrator.Rendering.Timing;
using Narrator.Synthesis;

namespace Narrator.Rendering;

/// <summary>A piece of a chapter's text, the voice that reads it, how, and the silence after it.</summary>
internal sealed record ScriptLine(string Text, SpeakOptions Speak, TimeSpan PauseAfter, CastVoice Voice)
{
    /// <summary>What the line reads: a title, the text of a block, or the credits (see <see cref="UtteranceKind"/>).</summary>
    public string Kind { get; init; } = UtteranceKind.Text;

    /// <summary>The block the line reads (its index among the chapter's blocks); null for titles and credits.</summary>
    public int? Block { get; init; }

    /// <summary>Where <see cref="Text"/> starts in that block's text.</summary>
    public int Offset { get; init; }
}
