using System.IO.Compression;
using System.Text;

namespace Narrator.Phonemes.Tests;

public class SortedPronunciationsTests
{
    private const string EmbeddedResource = "Narrator.Phonemes.Lexicon.cmudict.txt.gz";

    [Fact]
    public void LoadSorted_EmbeddedLexicon_GivesEveryWordTheSamePhonesAsTheTextReader()
    {
        var sorted = Load(stream => PronunciationDictionary.LoadSorted(stream, "embedded"));
        var table = Load(stream => PronunciationDictionary.Load(stream, "embedded", gzip: true));

        Assert.Equal(table.Count, sorted.Count);
        foreach (var word in table.Words)
        {
            Assert.True(sorted.TryGet(word, out var phones), word);
            table.TryGet(word, out var expected);
            Assert.Equal(expected, phones);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("zzzzzzzz")]
    [InlineData("'")]
    [InlineData("hello world")]
    [InlineData("naïve")]
    public void TryGet_WordNotListed_ReturnsFalse(string word)
    {
        var sorted = SortedPronunciations.FromBytes(Encoding.UTF8.GetBytes("'em AH1 M\nhello HH AH0 L OW1\nworld W ER1 L D\n"), "test");

        Assert.False(sorted.TryGet(word, out _));
    }

    [Fact]
    public void TryGet_FirstMiddleAndLastLines_AreFound()
    {
        var sorted = SortedPronunciations.FromBytes(Encoding.UTF8.GetBytes("'em AH1 M\nhello HH AH0 L OW1\nworld W ER1 L D"), "test");

        Assert.True(sorted.TryGet("'em", out var first));
        Assert.True(sorted.TryGet("hello", out var middle));
        Assert.True(sorted.TryGet("world", out var last));
        Assert.Equal(["AH1", "M"], first);
        Assert.Equal(["HH", "AH0", "L", "OW1"], middle);
        Assert.Equal(["W", "ER1", "L", "D"], last);
    }

    [Fact]
    public void FromBytes_LinesOutOfOrder_ThrowsNamingTheLine()
    {
        var text = Encoding.UTF8.GetBytes("hello HH AH0 L OW1\nabout AH0 B AW1 T\n");

        var error = Assert.Throws<PhonemizerException>(() => SortedPronunciations.FromBytes(text, "lexicon.txt"));

        Assert.Contains("lexicon.txt, line 2: 'about' is out of order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGet_LineWithAnUnknownPhone_ThrowsNamingTheLine()
    {
        var sorted = SortedPronunciations.FromBytes(Encoding.UTF8.GetBytes("about AH0 B AW1 T\nhello HH AH L QQ\n"), "lexicon.txt");

        var error = Assert.Throws<PhonemizerException>(() => sorted.TryGet("hello", out _));

        Assert.Contains("lexicon.txt, line 2 has the unknown phone 'QQ'", error.Message, StringComparison.Ordinal);
    }

    private static PronunciationDictionary Load(Func<Stream, PronunciationDictionary> read)
    {
        using var stream = typeof(LexiconPhonemizer).Assembly.GetManifestResourceStream(EmbeddedResource)!;
        return read(stream);
    }
}
