namespace Narrator.Phonemes.Tests;

public class LexiconPhonemizerTests
{
    private static readonly LexiconPhonemizer Lexicon = LexiconPhonemizer.CreateDefault();

    private static string Say(string text) => Lexicon.Phonemize(text).ToString();

    private static List<List<string>> Words(string text)
    {
        var words = new List<List<string>> { new() };
        foreach (var s in Lexicon.Phonemize(text).Symbols)
        {
            if (s == " ") { words.Add([]); }
            else if (!LexiconPhonemizer.Inventory.Skip(LexiconPhonemizer.Inventory.Count - 6).Contains(s)) { words[^1].Add(s); }
        }

        return words;
    }

    [Theory]
    [InlineData("hello", "HH AH0 L OW1")]
    [InlineData("world", "W ER1 L D")]
    [InlineData("Abandon", "AH0 B AE1 N D AH0 N")]
    [InlineData("TOMATO", "T AH0 M EY1 T OW1")]
    public void Phonemize_DictionaryWord_GivesCmudictPronunciation(string word, string expected)
    {
        Assert.Equal(expected, Say(word));
    }

    [Fact]
    public void Phonemize_Sentence_SeparatesWordsAndKeepsPunctuation()
    {
        var symbols = Lexicon.Phonemize("Hello, world! Ready? Yes; no: maybe.").Symbols;

        Assert.Equal(["HH", "AH0", "L", "OW1", ",", " ", "W", "ER1", "L", "D", "!"], symbols.Take(11));
        Assert.Equal([",", "!", "?", ";", ":", "."], symbols.Where(s => s.Length == 1 && char.IsPunctuation(s[0])));
        Assert.Equal(5, symbols.Count(s => s == " "));
    }

    [Theory]
    [InlineData("fir", true)]
    [InlineData("stop", true)]
    [InlineData("nasa", true)]
    [InlineData("fbi", false)] // listed as its letters' names
    [InlineData("gdp", false)] // listed as letters with a hard G
    [InlineData("cgi", false)] // listed as letters with a hard G
    [InlineData("zyxwv", false)] // not listed
    public void ReadsAsWord_DictionaryEntry_WordsYesInitialismsNo(string word, bool expected) =>
        Assert.Equal(expected, LexiconPhonemizer.ReadsAsWord(word));

    [Fact]
    public void Name_IsLexicon()
    {
        Assert.Equal("lexicon", Lexicon.Name);
    }

    [Fact]
    public void CreateDefault_EmbeddedDictionary_HasOverHundredThousandWords()
    {
        Assert.True(Lexicon.DictionarySize > 100_000, $"only {Lexicon.DictionarySize} entries");
    }

    [Theory]
    [InlineData("blorfingly")]
    [InlineData("Zyxwv")]
    [InlineData("Narrator's")]
    [InlineData("McAllister")]
    [InlineData("Quenthaloric")]
    [InlineData("snarfed")]
    public void Phonemize_UnknownOrTrickyWord_GivesOneWordWithAVowel(string word)
    {
        var words = Words(word);

        var only = Assert.Single(words);
        Assert.Contains(only, p => char.IsDigit(p[^1]));
        Assert.All(only, p => Assert.Contains(p, LexiconPhonemizer.Inventory));
    }

    [Fact]
    public void Phonemize_InventedWordWithSuffix_EndsWithTheSuffixPhones()
    {
        var phones = Words("blorfingly")[0];

        Assert.Equal(["B", "L"], phones.Take(2));
        Assert.Equal(["IH0", "NG", "L", "IY0"], phones.TakeLast(4));
    }

    [Fact]
    public void Phonemize_UnpronounceableLetters_AreSpelled()
    {
        Assert.Equal("Z IY1 W AY1 EH1 K S D AH1 B AH0 L Y UW0 V IY1", Say("Zyxwv"));
    }

    [Theory]
    [InlineData("Narrator's", "narrator", "Z")]
    [InlineData("Blorf's", "blorf", "S")]
    [InlineData("Klatch's", "klatch", "Z")]
    public void Phonemize_Possessive_IsStemPlusVoicedOrVoicelessS(string possessive, string stem, string last)
    {
        var stemPhones = Words(stem)[0];
        var phones = Words(possessive)[0];

        Assert.Equal(stemPhones, phones.Take(stemPhones.Count));
        Assert.Equal(last, phones[^1]);
    }

    [Fact]
    public void Phonemize_PluralPossessive_IsThePlural()
    {
        Assert.Equal(Say("blorfs"), Say("blorfs'"));
    }

    [Fact]
    public void Phonemize_HyphenatedUnknownWord_PronouncesEachPart()
    {
        var words = Words("moon-blorf-walker");

        Assert.Equal(3, words.Count);
        Assert.Equal(Words("moon")[0], words[0]);
        Assert.Equal(Words("walker")[0], words[2]);
    }

    [Fact]
    public void Phonemize_Digits_AreReadAsDigitNames()
    {
        Assert.Equal(Say("four two"), Say("42"));
        Assert.Equal(Say("B one"), Say("B1"));
    }

    [Fact]
    public void Phonemize_AccentedLetters_AreReadWithoutDiacritics()
    {
        Assert.Equal(Say("cafe naive resume"), Say("café naïve résumé"));
    }

    [Fact]
    public void Phonemize_CurlyApostropheAndMixedCase_MatchPlainForms()
    {
        Assert.Equal(Say("don't"), Say("DON’T"));
        Assert.Equal(Say("hello"), Say("hElLo"));
    }

    [Fact]
    public void Phonemize_SingleLetters_UseTheDictionary()
    {
        Assert.Equal("AY1 | B IY1", Say("I b"));
    }

    [Fact]
    public void Phonemize_CyrillicWord_IsTransliterated()
    {
        var words = Words("Привет мир");

        Assert.Equal(2, words.Count);
        Assert.All(words, w => Assert.Contains(w, p => char.IsDigit(p[^1])));
    }

    [Theory]
    [InlineData("日本 hello", 3)]
    [InlineData("hello 👍🏽 world", 3)]
    [InlineData("مرحبا", 1)]
    [InlineData("a ☃ b", 3)]
    public void Phonemize_OtherScriptsAndEmoji_SpeakPlaceholdersInsteadOfDropping(string text, int tokens)
    {
        var words = Words(text);
        var placeholderWords = Words(LexiconPhonemizer.ForeignWordPlaceholder).Count;
        var symbolWords = Words(LexiconPhonemizer.SymbolPlaceholder).Count;

        Assert.All(words, w => Assert.NotEmpty(w));
        Assert.InRange(words.Count, tokens, tokens - 1 + Math.Max(placeholderWords, symbolWords));
    }

    [Fact]
    public void Phonemize_KnownSymbols_AreReadByName()
    {
        Assert.Equal(Say("salt and pepper"), Say("salt & pepper"));
    }

    [Fact]
    public void Phonemize_EmptyOrPunctuationOnly_GivesOnlyPunctuation()
    {
        Assert.Empty(Lexicon.Phonemize("   ").Symbols);
        Assert.Equal(["."], Lexicon.Phonemize(" \"(.)\" ").Symbols);
    }

    [Fact]
    public void WithEntries_UserEntry_OverridesDictionaryAndLaterEntriesWin()
    {
        var custom = Lexicon.WithEntries(new Dictionary<string, string[]> { ["Hello"] = ["HH", "EH1", "L", "OW0"] });
        var again = custom.WithEntries(new Dictionary<string, string[]> { ["hello"] = ["Y", "OW1"] });

        Assert.Equal("HH EH1 L OW0", custom.Phonemize("hello").ToString());
        Assert.Equal("Y OW1", again.Phonemize("HELLO").ToString());
        Assert.Equal("HH AH0 L OW1", Say("hello"));
    }

    [Fact]
    public void WithEntries_UnknownPhone_ThrowsNamingTheWordAndPhone()
    {
        var error = Assert.Throws<PhonemizerException>(() =>
            Lexicon.WithEntries(new Dictionary<string, string[]> { ["blorf"] = ["B", "QQ"] }));

        Assert.Contains("blorf", error.Message, StringComparison.Ordinal);
        Assert.Contains("QQ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithEntries_PossessiveOfUserWord_UsesTheUserPronunciation()
    {
        var custom = Lexicon.WithEntries(new Dictionary<string, string[]> { ["Zorblax"] = ["Z", "AO1", "R", "B", "L", "AE0", "K", "S"] });

        Assert.Equal("Z AO1 R B L AE0 K S IH0 Z", custom.Phonemize("Zorblax's").ToString());
    }
}
