using Narrator.Phonemes.Pronunciation;
using Narrator.Text;

namespace Narrator.Synthesis;

/// <summary>How one piece of text is read: as body text or a heading, with extra pronunciations for it alone.</summary>
public sealed record SpeakOptions
{
    /// <summary>Where the text stands: body text, or a heading (Roman numerals read as numbers). Default body.</summary>
    public TextContext Context { get; init; } = TextContext.Body;

    /// <summary>Pronunciations for this text only, on top of <see cref="SynthesisOptions.Pronunciations"/>.</summary>
    public IReadOnlyList<PronunciationEntry> Pronunciations { get; init; } = [];

    /// <summary>
    /// Where this speech will start in the recording it is joined into (a chapter, counting the lines and pauses
    /// before it). The watermark's pattern continues from there, so lines joined at their places carry one unbroken
    /// mark, which a detector finds in a few seconds of short lines. Default zero: the speech stands alone.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is negative.</exception>
    public TimeSpan MarkPosition
    {
        get;
        init => field = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(MarkPosition), value, "A mark position is a place in the recording: zero or more.");
    }

    /// <summary>Body text, no extra pronunciations.</summary>
    public static SpeakOptions Default { get; } = new();
}
