using Narrator.Phonemes.Pronunciation;
using Narrator.Text;

namespace Narrator.Synthesis;

/// <summary>How one piece of text is read: as body text or a heading, with extra pronunciations for it alone.</summary>
public sealed class SpeakOptions
{
    /// <summary>Where the text stands: body text, or a heading (Roman numerals read as numbers). Default body.</summary>
    public TextContext Context { get; init; } = TextContext.Body;

    /// <summary>Pronunciations for this text only, on top of <see cref="SynthesisOptions.Pronunciations"/>.</summary>
    public IReadOnlyList<PronunciationEntry> Pronunciations { get; init; } = [];

    /// <summary>Body text, no extra pronunciations.</summary>
    public static SpeakOptions Default { get; } = new();
}
