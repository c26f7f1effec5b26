using Narrator.Core;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Tests.Encoding;

namespace Narrator.Rendering.Tests.Cast;

public sealed class CastYamlTests : IDisposable
{
    private const string Yaml = """
        # the same cast as CastFileTests' JSON one
        narrator: bdl
        characters:
          Alice: slt
          the Queen:
            voice: kathleen
            speed: 1.1
            pitch: -2
        dialogue: {voice: slt, speaker: bravo}
        """;

    private readonly ScratchFolder _scratch = new();

    [Fact]
    public void ParseYaml_SameCastAsJson_ReadsTheSameEntries()
    {
        var json = CastFile.Parse(
            """{"narrator": "bdl", "characters": {"Alice": "slt", "the Queen": {"voice": "kathleen", "speed": 1.1, "pitch": -2}}, "dialogue": {"voice": "slt", "speaker": "bravo"}}""",
            "cast");

        var yaml = CastFile.ParseYaml(Yaml, "cast");

        Assert.Equal(json.Narrator, yaml.Narrator);
        Assert.Equal(json.Dialogue, yaml.Dialogue);
        Assert.Equal(json.Characters.OrderBy(c => c.Key), yaml.Characters.OrderBy(c => c.Key));
        Assert.Equal(1.1f, yaml.Characters["THE QUEEN"].Speed);
        Assert.Equal("bravo", yaml.Dialogue!.Speaker);
    }

    [Fact]
    public void ParseYaml_NumberAndSpeakerIdWrittenAsText_KeepsTheSpeakerAndRefusesTheQuotedSpeed()
    {
        var cast = CastFile.ParseYaml("dialogue: {voice: piper.onnx, speaker: 3}", "cast.yaml");
        var e = Assert.Throws<RenderException>(() => CastFile.ParseYaml("characters:\n  Alice: {voice: slt, speed: \"1.1\"}", "cast.yaml"));

        Assert.Equal("3", cast.Dialogue!.Speaker);
        Assert.Contains("characters.Alice (line 2): \"speed\" must be a number, found the text \"1.1\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_Malformed_NamesTheFileLineAndColumn()
    {
        // The flow mapping opened on line 3 is never closed.
        var e = Assert.Throws<RenderException>(() => CastFile.ParseYaml("narrator: bdl\ncharacters:\n  Alice: {voice: slt, speed: 1.1\ndialogue: kathleen\n", "my cast.yaml"));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.StartsWith("Cast file my cast.yaml: not valid YAML at line ", e.Message, StringComparison.Ordinal);
        Assert.Matches(@"at line [34], column \d+: \S", e.Message);
    }

    [Fact]
    public void ParseYaml_BadIndentation_NamesItsLine()
    {
        var e = Assert.Throws<RenderException>(() => CastFile.ParseYaml("narrator: bdl\ncharacters:\n  Alice: slt\n    the Queen: kathleen\n", "cast.yaml"));

        Assert.Contains("Cast file cast.yaml: not valid YAML at line 4, column ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_SeveralBadEntries_NamesEachWithItsEntryAndItsYamlLine()
    {
        var e = Assert.Throws<RenderException>(() => CastFile.ParseYaml(
            """
            narator: bdl
            characters:
              Alice: {voice: slt, sped: 2}
              alice: kathleen
              Hatter: {speed: fast, voice: bdl}
              Dormouse: [slt, bdl]
            """,
            "cast.yml"));

        Assert.StartsWith("Cast file cast.yml: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown entry \"narator\" (line 1)", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.Alice (line 3): unknown setting \"sped\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.alice (line 4): given twice", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.Hatter (line 5): \"speed\" must be a number, found the text \"fast\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.Dormouse (line 6): expected a voice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_BadSettingOnItsOwnLine_NamesTheSettingsLine()
    {
        var e = Assert.Throws<RenderException>(() => CastFile.ParseYaml("# the cast\nnarrator: bdl\n\ncharacters:\n  the Queen:\n    voice: kathleen\n    speed: quick\n    volume: 2\n", "cast.yaml"));

        Assert.Contains("characters.the Queen (line 7): \"speed\" must be a number, found the text \"quick\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("characters.the Queen (line 8): unknown setting \"volume\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_SameKeyTwice_NamesTheLineOfTheSecond()
    {
        var e = Assert.Throws<RenderException>(() => CastFile.ParseYaml("characters:\n  Alice: slt\n  Alice: bdl\n", "cast.yaml"));

        Assert.StartsWith("Cast file cast.yaml: not valid YAML at line 3, column ", e.Message, StringComparison.Ordinal);
        Assert.Contains("Alice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_EmptyOrAList_SaysWhatACastFileHolds()
    {
        var empty = Assert.Throws<RenderException>(() => CastFile.ParseYaml("# nothing yet\n", "cast.yaml"));
        var list = Assert.Throws<RenderException>(() => CastFile.ParseYaml("- bdl\n- slt\n", "cast.yaml"));

        Assert.Contains("Cast file cast.yaml: it is empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("Cast file cast.yaml: expected an object with \"narrator\"", list.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cast.yaml")]
    [InlineData("Cast.YML")]
    public void Load_YamlExtension_ReadsItAsYamlWithVoicesBesideIt(string name)
    {
        Directory.CreateDirectory(_scratch.File("voices/queen"));
        var path = _scratch.File(name);
        File.WriteAllText(path, "characters:\n  the Queen: voices/queen\n  Alice: slt\n");

        var cast = CastFile.Load(path);

        Assert.Equal(_scratch.File("voices/queen"), cast.Characters["the Queen"].Voice);
        Assert.Equal($"characters.Alice in {path}", cast.Characters["Alice"].Label);
    }

    public void Dispose() => _scratch.Dispose();
}
