using Narrator.Core.Unicode;

namespace Narrator.Phonemes;

/// <summary>IPA text as the symbols Piper-style models take: canonically decomposed (NFD), one code point each.</summary>
public static class IpaSymbols
{
    public static IReadOnlyList<string> Split(string ipa)
    {
        ArgumentNullException.ThrowIfNull(ipa);
        return CanonicalDecomposition.ToNfd(ipa).EnumerateRunes().Select(r => r.ToString()).ToList();
    }
}
