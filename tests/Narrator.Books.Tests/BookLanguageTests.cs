namespace Narrator.Books.Tests;

/// <summary>A book's language from its metadata, or from its script when that is not Latin.</summary>
public sealed class BookLanguageTests
{
    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("fr", "fr")]
    [InlineData("English", "en")]
    [InlineData("French", "fr")]
    [InlineData("und", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Primary_DeclaredLanguage_PrimarySubtag(string? declared, string? expected) => Assert.Equal(expected, BookLanguage.Primary(declared));

    [Theory]
    [InlineData("The keeper climbed the stairs at dusk.", null)]
    [InlineData("Le gardien monta les marches au crépuscule.", null)]
    [InlineData("שומר המגדלור עלה במדרגות בשעת בין ערביים.", "he")]
    [InlineData("灯台守は夕暮れに階段を上り、大きなランプに火をともした。", "ja")]
    [InlineData("Смотритель маяка поднялся по лестнице в сумерках.", "ru")]
    [InlineData("The word מגדלור is Hebrew for lighthouse, and the rest is English text.", null)]
    public void FromScript_Text_LanguageOfAMajorityNonLatinScript(string text, string? expected) => Assert.Equal(expected, BookLanguage.FromScript([text]));

    [Fact]
    public void Of_MarkdownDeclaringFrench_FrenchFromItsDeclaredLanguage()
    {
        var book = BookReader.Read(TestFiles.Temp("phare.md", "---\ntitle: Le Phare\nlanguage: fr\n---\n\n# Un\n\nLe gardien monta les marches au crépuscule.\n"));

        Assert.Equal(("fr", "its declared language"), BookLanguage.Of(book));
    }
}
