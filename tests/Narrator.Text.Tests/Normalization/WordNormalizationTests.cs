namespace Narrator.Text.Tests.Normalization;

public sealed class WordNormalizationTests
{
    [Theory]
    [InlineData("Mr. Smith", "mister smith")]
    [InlineData("Mrs. Smith", "missus smith")]
    [InlineData("Ms. Smith", "miz smith")]
    [InlineData("Dr. Jones", "doctor jones")]
    [InlineData("on Elm Dr.", "on elm drive")]
    [InlineData("St. Paul", "saint paul")]
    [InlineData("Baker St.", "baker street")]
    [InlineData("fruit, e.g. apples", "fruit for example apples")]
    [InlineData("one, i.e. this", "one that is this")]
    [InlineData("apples, pears, etc.", "apples pears et cetera")]
    [InlineData("Ali vs. Frazier", "ali versus frazier")]
    [InlineData("John Smith Jr.", "john smith junior")]
    [InlineData("Prof. Plum", "professor plum")]
    [InlineData("No. 5", "number five")]
    [InlineData("approx. 20", "approximately twenty")]
    [InlineData("the U.S. Army", "the u s army")]
    [InlineData("J. R. R. Tolkien", "j r r tolkien")]
    public void Normalize_Abbreviations_Expand(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("Henry VIII", "henry the eighth")]
    [InlineData("Louis XIV ruled", "louis the fourteenth ruled")]
    [InlineData("Elizabeth II", "elizabeth the second")]
    [InlineData("Chapter XIV", "chapter fourteen")]
    [InlineData("Part III", "part three")]
    [InlineData("Book II", "book two")]
    [InlineData("World War II", "world war two")]
    [InlineData("Then I left.", "then i left")]
    [InlineData("Henry I think so", "henry i think so")]
    public void Normalize_RomanNumeralsInBody_ReadByContext(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("King Charles I was beheaded.", "king charles the first was beheaded")]
    [InlineData("Elizabeth I ruled England.", "elizabeth the first ruled england")]
    [InlineData("Henry I think so.", "henry i think so")]
    [InlineData("James I am sure.", "james i am sure")]
    public void Normalize_RulerNumberedI_ReadAsTheFirstUnlessThePronoun(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("See you Mon. at noon.", "see you monday at noon")]
    [InlineData("Open Tues. to Sat.", "open tuesday to saturday")]
    [InlineData("Due in Sept. or Oct.", "due in september or october")]
    public void Normalize_WeekdayAndMonthAbbreviations_ReadInFull(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("Chapter XIV", "chapter fourteen")]
    [InlineData("XIV", "fourteen")]
    [InlineData("IV. The Storm", "four the storm")]
    [InlineData("I", "one")]
    [InlineData("CHAPTER IX", "chapter nine")]
    public void Normalize_RomanNumeralsInHeading_ReadAsCardinals(string text, string expected) =>
        Assert.Equal(expected, Spoken.Of(text, TextContext.Heading));

    [Theory]
    [InlineData("the FBI", "the f b i")]
    [InlineData("AT&T paid", "a t t paid")] // "and" is dropped by the lenient comparison
    [InlineData("the USA", "the u s a")]
    [InlineData("NASA launched", "nasa launched")]
    [InlineData("NATO met", "nato met")]
    [InlineData("UNESCO sites", "unesco sites")]
    [InlineData("two CDs", "two c ds")]
    [InlineData("THE END", "the end")]
    [InlineData("HELLO WORLD", "hello world")]
    [InlineData("a laser", "a laser")]
    public void Normalize_Acronyms_SpelledOrRead(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("He shouted, STOP THAT NOW!", "he shouted stop that now")]
    [InlineData("under the FIR", "under the fir")]
    [InlineData("STOP", "stop")]
    [InlineData("the FBI", "the f b i")]
    [InlineData("the US army", "the u s army")]
    public void Normalize_CapitalsWithADictionary_DictionaryWordsOfThreeLettersOrMoreRead(string text, string expected)
    {
        // A stand-in dictionary: "stop" and "fir" are words; "us" is too, but two capitals stay an initialism.
        var words = new HashSet<string>(StringComparer.Ordinal) { "stop", "fir", "us" };
        var normalizer = new TextNormalizer(new NormalizerOptions { ReadsAsWord = words.Contains });

        Assert.Equal(expected, Spoken.Canonical(normalizer.Normalize(text).Spoken));
    }

    [Fact]
    public void Normalize_CapitalsWithoutADictionary_ShapeRulesSpellAShortWord() => Assert.Equal("s t o p", Spoken.Of("STOP"));

    [Theory]
    [InlineData("see https://example.com/path", "see example dot com slash path")]
    [InlineData("Visit https://www.example.com/books today.", "visit example dot com slash books today")]
    [InlineData("mail jane.doe@example.org.", "mail jane dot doe at example dot org")]
    [InlineData("visit www.example.com today", "visit example dot com today")]
    [InlineData("go to example.com", "go to example dot com")]
    [InlineData("Fetch it from sftp.archive.net now.", "fetch it from s f t p dot archive dot net now")]
    [InlineData("See bbc.co.uk tonight.", "see b b c dot co dot uk tonight")]
    [InlineData("Try sky.com first.", "try sky dot com first")]
    public void Normalize_UrlsAndEmails_ReadPartByPart(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));

    [Theory]
    [InlineData("salt & pepper", "salt pepper")]
    [InlineData("2 + 2 = 4", "two plus two equals four")]
    [InlineData("meet @ noon", "meet at noon")]
    [InlineData("#1 hit", "number one hit")]
    [InlineData("\"Hello,\" she said.", "hello she said")]
    [InlineData("(quietly) yes", "quietly yes")]
    public void Normalize_Symbols_ReadOrDropped(string text, string expected) => Assert.Equal(expected, Spoken.Of(text));
}
