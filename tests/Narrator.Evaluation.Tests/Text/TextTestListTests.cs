using Narrator.Core;

namespace Narrator.Evaluation.Tests.Text;

public sealed class TextTestListTests
{
    [Fact]
    public void Parse_BothKinds_ReadsCategoriesReadingsAndTargets()
    {
        var list = TextTestList.Parse("""
            # a comment

            money | It cost $5. | it cost five dollars || it cost five bucks
            heteronym | He will lead, then lead again. | lead#2 => L IY1 D
            initialism | The FBI came. | FBI => EH1 F | B IY1 | AY1
            """, "mine.txt");

        Assert.Equal(["money", "heteronym", "initialism"], list.Items.Select(i => i.Category));
        Assert.Equal([3, 4, 5], list.Items.Select(i => i.Line));
        Assert.Equal(["it cost five dollars", "it cost five bucks"], Assert.IsType<SpokenExpectation>(list.Items[0].Expected).Readings);
        var lead = Assert.IsType<PronunciationExpectation>(list.Items[1].Expected);
        Assert.Equal(("lead", 2, "L IY1 D"), (lead.Target, lead.Occurrence, lead.Readings.Single()));
        Assert.Equal("EH1 F | B IY1 | AY1", list.Items[2].Expected.Readings.Single());
    }

    [Theory]
    [InlineData("cardinal | Only two fields", "expected three non-empty fields")]
    [InlineData("cardinal |  | one", "expected three non-empty fields")]
    [InlineData("two words | A sentence. | a sentence", "must be one word")]
    [InlineData("heteronym | The wind blew. | wind => W IH1 N DD", "'DD' is not an ARPAbet phone")]
    [InlineData("heteronym | The wind blew. | gust => G AH1 S T", "'gust' does not occur")]
    [InlineData("heteronym | The wind blew. | wind#2 => W IH1 N D", "'wind' does not occur 2 times")]
    [InlineData("heteronym | The wind blew. | wind#x => W IH1 N D", "must be a whole number")]
    [InlineData("cardinal | It was 3. | it was three ||  ", "is empty")]
    public void Parse_BadLine_ThrowsNamingTheFileAndLine(string line, string problem)
    {
        var error = Assert.Throws<NarratorException>(() => TextTestList.Parse($"# header\nyear | In 1990 we met. | in nineteen ninety we met\n{line}\n", "bad list.txt"));

        Assert.StartsWith("bad list.txt:3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.BadInput, error.Kind);
    }

    [Fact]
    public void Parse_OnlyComments_IsAnError()
    {
        var error = Assert.Throws<NarratorException>(() => TextTestList.Parse("# nothing\n\n", "empty.txt"));

        Assert.Contains("empty.txt: the list has no items", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltIn_HeldOutList_HasAtLeast300ItemsInEveryCategoryTheIssueNames()
    {
        var list = TextTestList.BuiltIn();

        Assert.True(list.Items.Count >= 300, $"{list.Items.Count} items");
        var categories = list.Items.Select(i => i.Category).ToHashSet();
        Assert.Superset(new HashSet<string>(["cardinal", "ordinal", "year", "date", "time", "money", "unit", "decimal", "phone", "abbreviation", "initialism", "capital-word", "roman", "url", "symbol", "heteronym"]), categories);
        Assert.All(list.Items.Where(i => i.Category == "heteronym"), i => Assert.IsType<PronunciationExpectation>(i.Expected));
    }
}
