using Narrator.Phonemes.Pronunciation;
using Narrator.Text;

namespace Narrator.Synthesis;

/// <summary>How one piece of text is read: as body text or a heading, with extra pronunciations for it alone.</summary>
public sealed class SpeakOptions
{
    public TextContext Context { get; init; } = TextContext.Body;

    /// <summary>Pronunciations for this text only, on top of <see cref="SynthesisOptions.Pronunciations"/>.</summary>
    public IReadOnlyList<PronunciationEntry> Pronunciations { get; init; } = [];

    public static SpeakOptions Default { get; } = new();
}
