using Narrator.Phonemes;
using Narrator.Text;

namespace Narrator.Synthesis;

/// <summary>The text normalizer Narrator speaks with: the default rules, with all-capital dictionary words read as words.</summary>
public static class EnglishNormalizer
{
    public static NormalizerOptions Options { get; } = new() { ReadsAsWord = LexiconPhonemizer.ReadsAsWord };

    public static TextNormalizer Create() => new(Options);
}
