using Narrator.Phonemes;
using Narrator.Text;

namespace Narrator.Synthesis;

/// <summary>The text normalizer Narrator speaks with: the default rules, with all-capital dictionary words read as words.</summary>
public static class EnglishNormalizer
{
    /// <summary>The normalizer options: the defaults, with all-capital words that the CMU dictionary knows read as words.</summary>
    public static NormalizerOptions Options { get; } = new() { ReadsAsWord = LexiconPhonemizer.ReadsAsWord };

    /// <summary>A normalizer with <see cref="Options"/>.</summary>
    public static TextNormalizer Create() => new(Options);
}
