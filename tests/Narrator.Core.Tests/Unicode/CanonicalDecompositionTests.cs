using System.Text;
using Narrator.Core.Unicode;

namespace Narrator.Core.Tests.Unicode;

public sealed class CanonicalDecompositionTests
{
    [Theory]
    [InlineData("Cafe\u0301", "Caf\u00e9")]
    [InlineData("Caf\u00e9", "Caf\u00e9")]
    [InlineData("A\u030a", "\u00c5")]
    [InlineData("\u03b1\u0301", "\u03ac")]
    [InlineData("e\u0302\u0301", "\u1ebf")]
    [InlineData("\u0418\u0306", "\u0419")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void ToNfc_DecomposedLetters_AreComposed(string text, string expected) =>
        Assert.Equal(expected, CanonicalDecomposition.ToNfc(text));

    [Fact]
    public void ToNfc_EveryLetterOfTheTable_MatchesIcu()
    {
        var letters = Enumerable.Range(0xC0, 0x2000 - 0xC0).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && CanonicalDecomposition.ToNfd(c.ToString()) != c.ToString())
            .ToList();
        Assert.NotEmpty(letters);

        foreach (var letter in letters)
        {
            var decomposed = CanonicalDecomposition.ToNfd(letter.ToString());
            Assert.Equal(decomposed.Normalize(NormalizationForm.FormC), CanonicalDecomposition.ToNfc(decomposed));
        }
    }
}
