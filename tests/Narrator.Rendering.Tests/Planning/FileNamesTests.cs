using Narrator.Rendering.Planning;

namespace Narrator.Rendering.Tests.Planning;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData(3, "Down the Rabbit-Hole", 2, "03 - Down the Rabbit-Hole")]
    [InlineData(12, "What? Who: \"Me\" / you", 3, "012 - What Who - Me you")]
    [InlineData(1, "...", 2, "01 - Chapter 1")]
    [InlineData(7, "Tab\tand\nnewline", 2, "07 - Tab and newline")]
    public void Stem_AnyTitle_IsASafeReadableFileName(int index, string title, int digits, string expected) =>
        Assert.Equal(expected, FileNames.Stem(index, title, digits));

    [Theory]
    [InlineData("Cafe\u0301 Ame\u0301lie", "Caf\u00e9 Am\u00e9lie")]
    [InlineData("Caf\u00e9 Am\u00e9lie", "Caf\u00e9 Am\u00e9lie")]
    public void Safe_DecomposedOrComposedTitle_GivesTheComposedName(string title, string expected) =>
        Assert.Equal(expected, FileNames.Safe(title, "x"));

    [Fact]
    public void Safe_LongTitle_IsShortened()
    {
        var safe = FileNames.Safe(new string('a', 200), "x");

        Assert.True(safe.Length <= 60);
    }
}
