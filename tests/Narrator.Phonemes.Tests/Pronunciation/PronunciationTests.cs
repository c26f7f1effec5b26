using Narrator.Core;
using Narrator.Phonemes;
using Narrator.Phonemes.Pronunciation;

namespace Narrator.Phonemes.Tests.Pronunciation;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class PronunciationTests
{
    private static readonly LexiconPhonemizer Lexicon = LexiconPhonemizer.CreateDefault();

    [Fact]
    public void Phonemize_ArpabetEntry_ReplacesTheWordKeepingItsPunctuation()
    {
        var lexicon = PronunciationLexicon.Empty.With([new PronunciationEntry("Hermione", "HH ER0 M AY1 AH0 N IY0", "x-arpabet")]);

        var phonemes = new PronouncingPhonemizer(Lexicon, lexicon).Phonemize("hello Hermione, goodbye").ToString();

        Assert.Equal("HH AH0 L OW1 | HH ER0 M AY1 AH0 N IY0 , | G UH1 D B AY1", phonemes);
    }

    [Fact]
    public void Phonemize_Phrase_MatchesSeveralWordsCaseInsensitively()
    {
        var lexicon = PronunciationLexicon.Empty.With([new PronunciationEntry("new york", "N UW1 | Y AO1 R K", "x-arpabet")]);

        var phonemes = new PronouncingPhonemizer(Lexicon, lexicon).Phonemize("in New York.").ToString();

        Assert.Equal("IH1 N | N UW1 | Y AO1 R K .", phonemes.Replace("| |", "|", StringComparison.Ordinal));
    }

    [Fact]
    public void Phonemize_Alias_IsReadInsteadOfTheWord()
    {
        var lexicon = PronunciationLexicon.Empty.With([new PronunciationEntry("W3C", null, "x-arpabet", "world wide web consortium")]);

        var phonemes = new PronouncingPhonemizer(Lexicon, lexicon).Phonemize("the W3C").ToString();

        Assert.Equal(Lexicon.Phonemize("the world wide web consortium").ToString(), phonemes);
    }

    [Fact]
    public void Phonemize_IpaEntryWithArpabetPhonemizer_IsConverted()
    {
        var lexicon = PronunciationLexicon.Empty.With([new PronunciationEntry("tomato", "təˈmɑːtoʊ", "ipa")]);

        var phonemes = new PronouncingPhonemizer(Lexicon, lexicon).Phonemize("tomato");

        Assert.Equal("T AH0 M AA1 T OW0", phonemes.ToString());
    }

    [Fact]
    public void Phonemize_IpaEntryForEspeak_IsSplitIntoDecomposedCodePoints()
    {
        var espeak = EspeakPhonemizer.Create();
        var lexicon = PronunciationLexicon.Empty.With([new PronunciationEntry("Zoë", "zoʊˈi", "ipa")]);

        var phonemes = new PronouncingPhonemizer(espeak, lexicon).Phonemize("hello Zoë.");

        Assert.EndsWith(" zoʊˈi.", phonemes.ToString(), StringComparison.Ordinal);
        Assert.All(phonemes.Symbols, s => Assert.Single(s.EnumerateRunes()));
    }

    [Fact]
    public void With_EntryWithoutPhonemesOrAlias_IsRejectedByName()
    {
        var error = Assert.Throws<NarratorException>(() => PronunciationLexicon.Empty.With([new PronunciationEntry("Odd", " ", "ipa")]));

        Assert.Contains("'Odd'", error.Message, StringComparison.Ordinal);
    }
}
