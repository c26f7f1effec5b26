using Narrator.Phonemes.Pronunciation;

namespace Narrator.Phonemes.Tests.Pronunciation;

public sealed class LexiconFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator lexicon-").FullName;

    [Fact]
    public void Read_SimpleFile_TellsArpabetIpaAndAliases()
    {
        var path = Write("words.txt", "# names in this book\nHermione  HH ER0 M AY1 AH0 N IY0\nZoë\tzoʊˈi\n\nW3C  =world wide web consortium\n");

        var entries = LexiconFile.Read(path);

        Assert.Equal(3, entries.Count);
        Assert.Equal(("Hermione", "x-arpabet"), (entries[0].Grapheme, entries[0].Alphabet));
        Assert.Equal(("Zoë", "ipa", "zoʊˈi"), (entries[1].Grapheme, entries[1].Alphabet, entries[1].Phonemes));
        Assert.Equal("world wide web consortium", entries[2].Alias);
    }

    [Fact]
    public void Read_Pls_ReadsLexemesWithTheirAlphabet()
    {
        var path = Write("book.pls", """
            <?xml version="1.0" encoding="UTF-8"?>
            <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en">
              <lexeme><grapheme>Nimue</grapheme><phoneme>ˈnɪmuːeɪ</phoneme></lexeme>
              <lexeme><grapheme>NASA</grapheme><alias>nasa</alias></lexeme>
            </lexicon>
            """);

        var entries = LexiconFile.Read(path);

        Assert.Equal(("Nimue", "ipa", "ˈnɪmuːeɪ"), (entries[0].Grapheme, entries[0].Alphabet, entries[0].Phonemes));
        Assert.Equal("nasa", entries[1].Alias);
    }

    [Fact]
    public void Read_LineWithoutPronunciation_NamesFileAndLine()
    {
        var path = Write("broken.txt", "Good  G UH1 D\nLonely\n");

        var error = Assert.Throws<PhonemizerException>(() => LexiconFile.Read(path));

        Assert.Contains("broken.txt:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_NamesIt()
    {
        var error = Assert.Throws<PhonemizerException>(() => LexiconFile.Read(Path.Combine(_folder, "nope.pls")));

        Assert.Contains("nope.pls", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
