using Narrator.Synthesis.Voices;
using Narrator.Text.Ssml;

namespace Narrator.Synthesis.Ssml;

/// <summary>What an SSML document may call on beyond the synthesizer's own voice, and where warnings go.</summary>
public sealed class SsmlSpeakOptions
{
    /// <summary>
    /// Loads the voice a <c>voice name</c> element names (a stock speaker such as "slt", a voice path);
    /// the synthesizer disposes it when the document is spoken. Null: a voice element is an error.
    /// </summary>
    public Func<string, IVoice>? Voices { get; init; }

    /// <summary>
    /// Told of each voice the first time it speaks a piece: the <c>voice</c> element's name and the voice, or null and
    /// the synthesizer's own voice for text outside any voice element. Null: not told.
    /// </summary>
    public Action<string?, IVoice>? Heard { get; init; }

    /// <summary>Told of what is spoken otherwise than the document asks (a pitch the voice cannot take). Null: not told.</summary>
    public Action<SsmlWarning>? Warn { get; init; }

    /// <summary>Nothing beyond the synthesizer's own voice (a <c>voice</c> element is an error) and nobody told.</summary>
    public static SsmlSpeakOptions Default { get; } = new();
}
