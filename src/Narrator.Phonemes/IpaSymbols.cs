using Narrator.Core.Unicode;

namespace Narrator.Phonemes;

/// <summary>IPA text as the symbols Piper-style models take: canonically decomposed (NFD), one code point each.</summary>
public static class IpaSymbols
{
    /// <summary>The symbols of <paramref name="ipa"/>: decomposed to NFD, then one string per code point (a base letter and each combining mark separately).</summary>
    public static IReadOnlyList<string> Split(string ipa)
    {
        ArgumentNullException.ThrowIfNull(ipa);
        return CanonicalDecomposition.ToNfd(ipa).EnumerateRunes().Select(r => r.ToString()).ToList();
    }
}
