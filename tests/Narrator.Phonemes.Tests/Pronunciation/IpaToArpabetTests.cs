using Narrator.Phonemes.Pronunciation;

namespace Narrator.Phonemes.Tests.Pronunciation;

/// <summary>IPA pronunciations (PLS lexicons, EPUB hints, text lexicons) spoken by a voice whose phonemizer reads ARPAbet.</summary>
public sealed class IpaToArpabetTests
{
    [Theory]
    [InlineData("hɝˈmaɪ.ə.ni", "HH ER0 M AY1 AH0 N IY0")]
    [InlineData("ˈtʃɝtʃ", "CH ER1 CH")]
    [InlineData("ˈd͡ʒʌŋɡəl", "JH AH1 NG G AH0 L")]
    [InlineData("θɪŋk", "TH IH1 NG K")]
    [InlineData("ˈbʌtɚ", "B AH1 T ER0")]
    [InlineData("ˌæl.əˈbæm.ə", "AE2 L AH0 B AE1 M AH0")]
    [InlineData("ˈbɒtl̩", "B AA1 T AH0 L")]
    [InlineData("ˈfoʊtoʊ", "F OW1 T OW0")]
    [InlineData("ʃɑːˈtoʊ", "SH AA0 T OW1")]
    [InlineData("ˈkæ̃n", "K AE1 N")]
    [InlineData("jʊə", "Y UH1 AH0")]
    public void Convert_EnglishIpa_GivesArpabetWithStress(string ipa, string expected)
    {
        Assert.Equal(expected, string.Join(' ', IpaToArpabet.Convert(ipa, out var problem)!));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("ˈbaχ", "'χ'")]
    [InlineData("ˈʁu", "'ʁ'")]
    [InlineData("ˈ.", "no sounds")]
    public void Convert_SymbolWithoutEnglishEquivalent_SaysWhich(string ipa, string expected)
    {
        Assert.Null(IpaToArpabet.Convert(ipa, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Phonemize_IpaEntryWithArpabetPhonemizer_SpeaksTheConvertedPhones()
    {
        var lexicon = PronunciationLexicon.Empty.With([new PronunciationEntry("Hermione", "hɝˈmaɪəni", "ipa")]);
        var phonemizer = new PronouncingPhonemizer(LexiconPhonemizer.CreateDefault(), lexicon);

        var phonemes = phonemizer.Phonemize("Hermione smiled.").ToString();

        Assert.StartsWith("HH ER0 M AY1 AH0 N IY0", phonemes, StringComparison.Ordinal);
    }

    [Fact]
    public void Unusable_EntriesAVoiceCannotSay_NamedOnceEach()
    {
        var lexicon = PronunciationLexicon.Empty.With(
        [
            new PronunciationEntry("Bach", "baχ", "ipa"),
            new PronunciationEntry("Hermione", "hɝˈmaɪəni", "ipa"),
            new PronunciationEntry("W3C", null, "x-arpabet", "world wide web consortium"),
        ]);

        var problems = PronouncingPhonemizer.Unusable(lexicon, "x-arpabet");

        var only = Assert.Single(problems);
        Assert.StartsWith("'Bach': its IPA /baχ/ cannot be converted", only, StringComparison.Ordinal);
        Assert.Contains("read as usual", only, StringComparison.Ordinal);
        Assert.Single(PronouncingPhonemizer.Unusable(PronunciationLexicon.Empty.With([new PronunciationEntry("Hermione", "HH ER0 M AY1 AH0 N IY0", "x-arpabet")]), "ipa"));
    }
}
