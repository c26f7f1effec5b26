using Narrator.Core;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Tests.Encoding;

namespace Narrator.Rendering.Tests.Cast;

public sealed class CastFileTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    [Fact]
    public void Parse_VoicesAsTextAndAsObjects_ReadsEveryEntryAndMatchesNamesIgnoringCase()
    {
        var cast = CastFile.Parse(
            """{"narrator": "bdl", "characters": {"Alice": "slt", "the Queen": {"voice": "kathleen", "speed": 1.1, "pitch": -2}}, "dialogue": {"voice": "slt", "speaker": "bravo"}}""",
            "cast.json");

        Assert.Equal("bdl", cast.Narrator!.Voice);
        Assert.Equal("slt", cast.Characters["alice"].Voice);
        Assert.Equal(1.1f, cast.Characters["THE QUEEN"].Speed);
        Assert.Equal(-2f, cast.Characters["the Queen"].Pitch);
        Assert.Null(cast.Characters["Alice"].Speed);
        Assert.Equal("bravo", cast.Dialogue!.Speaker);
        Assert.Equal("characters.the Queen in cast.json", cast.Characters["the queen"].Label);
    }

    [Fact]
    public void Parse_NoNarratorNorDialogue_LeavesThemToTheCommand()
    {
        var cast = CastFile.Parse("""{"characters": {"Alice": "slt"}}""", "cast.json");

        Assert.Null(cast.Narrator);
        Assert.Null(cast.Dialogue);
    }

    [Fact]
    public void Parse_MalformedJson_NamesTheFileLineAndPosition()
    {
        var e = Assert.Throws<RenderException>(() => CastFile.Parse("{\n  \"narrator\": \"bdl\"\n  \"dialogue\": \"slt\"\n}", "my cast.json"));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains("Cast file my cast.json: not valid JSON at line 3, position 3", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadEntries_NamesEachWithItsEntry()
    {
        var e = Assert.Throws<RenderException>(() => CastFile.Parse(
            """{"narator": "bdl", "characters": {"Alice": {"voice": "slt", "sped": 2}, "alice": "kathleen", "Hatter": {"speed": "fast", "voice": "bdl"}, "Dormouse": 3}}""",
            "cast.json"));

        Assert.Contains("unknown entry \"narator\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.Alice: unknown setting \"sped\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.alice: given twice", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.Hatter: \"speed\" must be a number, found the text \"fast\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.Dormouse: expected a voice", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("Cast file cast.json: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntryWithoutVoice_SaysTheVoiceIsMissing()
    {
        var e = Assert.Throws<RenderException>(() => CastFile.Parse("""{"dialogue": {"speed": 1.2}}""", "cast.json"));

        Assert.Contains("dialogue: \"voice\" is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var path = _scratch.File("nowhere.json");

        var e = Assert.Throws<RenderException>(() => CastFile.Load(path));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains($"Cast file {path}: cannot be read", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_VoiceBesideTheCastFile_IsTakenFromItsFolder()
    {
        Directory.CreateDirectory(_scratch.File("voices/queen"));
        var path = _scratch.File("cast.json");
        File.WriteAllText(path, """{"characters": {"the Queen": "voices/queen", "Alice": "slt"}}""");

        var cast = CastFile.Load(path);

        Assert.Equal(_scratch.File("voices/queen"), cast.Characters["the Queen"].Voice);
        Assert.Equal("slt", cast.Characters["Alice"].Voice);
    }

    public void Dispose() => _scratch.Dispose();
}
