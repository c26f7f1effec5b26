namespace Narrator.Phonemes.Tests;

public class InventoryTests
{
    [Fact]
    public void Inventory_Shape_IsPhonesWithStressThenBoundaryThenPunctuation()
    {
        var inventory = LexiconPhonemizer.Inventory;

        Assert.Equal(15 * 3 + 24 + 1 + 6, inventory.Count);
        Assert.Equal(inventory.Count, inventory.Distinct().Count());
        Assert.Equal("AA0", inventory[0]);
        Assert.Equal([" ", ",", ".", ";", ":", "!", "?"], inventory.TakeLast(7));
        Assert.Contains("OW1", inventory);
        Assert.Contains("ZH", inventory);
    }

    [Fact]
    public void Inventory_DictionaryWords_ContainsEverySymbolEmitted()
    {
        var lexicon = LexiconPhonemizer.CreateDefault();
        var words = lexicon.Dictionary.Words.Where((_, i) => i % 300 == 0).ToList();
        Assert.True(words.Count > 400);

        var emitted = words.SelectMany(w => lexicon.Phonemize(w).Symbols).ToHashSet();

        Assert.Subset(LexiconPhonemizer.Inventory.ToHashSet(), emitted);
    }

    [Fact]
    public void Inventory_RandomStrings_ContainsEverySymbolEmittedAndNoStringIsSilent()
    {
        var lexicon = LexiconPhonemizer.CreateDefault();
        var random = new Random(99);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789'-éüßñøЖжλ日ع😀&%,.;:!?  \"()";

        for (var n = 0; n < 500; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 25)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            text = text.Replace("\uD83D", "", StringComparison.Ordinal).Replace("\uDE00", "", StringComparison.Ordinal);

            var symbols = lexicon.Phonemize(text).Symbols;

            Assert.Subset(LexiconPhonemizer.Inventory.ToHashSet(), symbols.ToHashSet());
            if (text.Any(char.IsLetterOrDigit))
            {
                Assert.Contains(symbols, s => char.IsAsciiLetterUpper(s[0]));
            }
        }
    }
}
