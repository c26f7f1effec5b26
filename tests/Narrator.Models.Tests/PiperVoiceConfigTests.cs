using Narrator.Core;
using Narrator.Models.Piper;

namespace Narrator.Models.Tests;

public sealed class PiperVoiceConfigTests
{
    private const string Minimal = """
        {"audio": {"sample_rate": 16000}, "espeak": {"voice": "en-us"}, "num_symbols": 10, "num_speakers": 1,
         "phoneme_id_map": {"_": [0], "^": [1], "$": [2], "a": [3], "b": [4, 5]}}
        """;

    [Fact]
    public void FromFile_SingleSpeakerFixture_ReadsEveryField()
    {
        var config = PiperVoiceConfig.FromFile(Fixtures.SingleSpeaker + ".json");

        Assert.Equal(16000, config.SampleRate);
        Assert.Equal("en-us", config.EspeakVoice);
        Assert.Equal("espeak", config.PhonemeType);
        Assert.Equal(256, config.NumSymbols);
        Assert.Equal(1, config.NumSpeakers);
        Assert.Empty(config.SpeakerIdMap);
        Assert.Equal((0.667f, 1f, 0.8f), (config.NoiseScale, config.LengthScale, config.NoiseW));
        Assert.Equal("en_US", config.LanguageCode);
        Assert.Equal([0L], config.PhonemeIdMap["_"]);
        Assert.Equal([88L], config.PhonemeIdMap["\u0279"]); // ɹ, as in published voices
    }

    [Fact]
    public void FromFile_MultiSpeakerFixtureInNonAsciiFolder_ReadsSpeakers()
    {
        var config = PiperVoiceConfig.FromFile(Fixtures.MultiSpeaker + ".json");

        Assert.Equal(3, config.NumSpeakers);
        Assert.Equal(3, config.SpeakerIdMap.Count);
        Assert.Equal([0, 1, 2], config.SpeakerIdMap.Values.Order());
    }

    [Fact]
    public void PhonemesToIds_KnownSymbols_BosPadEachSymbolThenPadEos()
    {
        var config = PiperVoiceConfig.FromFile(Fixtures.SingleSpeaker + ".json");

        var ids = config.PhonemesToIds(["h", "\u0259", "l", "\u02c8", "o", "\u028a"]); // h ə l ˈ o ʊ

        Assert.Equal([1L, 0, 20, 0, 59, 0, 24, 0, 120, 0, 27, 0, 100, 0, 2], ids);
        Assert.Empty(ids.MissingSymbols);
    }

    [Fact]
    public void PhonemesToIds_UnknownSymbols_SkippedAndCounted()
    {
        var config = PiperVoiceConfig.FromFile(Fixtures.SingleSpeaker + ".json");

        var ids = config.PhonemesToIds(["h", "\u2603", "\u0259", "\u2603"]);

        Assert.Equal([1L, 0, 20, 0, 59, 0, 2], ids);
        Assert.Equal(2, ids.MissingSymbols["\u2603"]);
    }

    [Fact]
    public void PhonemesToIds_SymbolWithSeveralIds_AllIdsThenPad()
    {
        var config = PiperVoiceConfig.Parse(Minimal, "minimal.json");

        Assert.Equal([1L, 0, 4, 5, 0, 3, 0, 2], config.PhonemesToIds(["b", "a"]));
    }

    [Fact]
    public void Parse_MissingOptionalFields_UsesPiperDefaults()
    {
        var config = PiperVoiceConfig.Parse(Minimal, "minimal.json");

        Assert.Equal((0.667f, 1f, 0.8f), (config.NoiseScale, config.LengthScale, config.NoiseW));
        Assert.Equal(0L, config.PadId);
        Assert.Null(config.LanguageCode);
    }

    [Theory]
    [InlineData("\"audio\": {\"sample_rate\": 1234}", "audio.sample_rate 1234")]
    [InlineData("\"inference\": {\"length_scale\": 1e6}", "inference.length_scale 1000000")]
    [InlineData("\"inference\": {\"length_scale\": -1}", "inference.length_scale -1")]
    [InlineData("\"inference\": {\"noise_scale\": 50}", "inference.noise_scale 50")]
    public void Parse_ImplausibleValue_FailsNamingTheFileAndTheValue(string section, string expected)
    {
        var json = "{" + section + ", " + MinimalFields(section.Contains("audio", StringComparison.Ordinal)) + "}";

        var e = Assert.Throws<ModelException>(() => PiperVoiceConfig.Parse(json, "odd.onnx.json"));

        Assert.Contains("odd.onnx.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    private static string MinimalFields(bool hasAudio) =>
        (hasAudio ? string.Empty : "\"audio\": {\"sample_rate\": 16000}, ")
        + "\"espeak\": {\"voice\": \"en-us\"}, \"num_symbols\": 10, \"phoneme_id_map\": {\"_\": [0], \"^\": [1], \"$\": [2], \"a\": [3]}";

    [Fact]
    public void Parse_SeveralProblems_OneExceptionListsAll()
    {
        const string json = """{"audio": {"sample_rate": 0}, "espeak": {"voice": "en-us"}, "phoneme_id_map": {"a": [3]}}""";

        var e = Assert.Throws<ModelException>(() => PiperVoiceConfig.Parse(json, "broken.onnx.json"));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains("broken.onnx.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("sample_rate", e.Message, StringComparison.Ordinal);
        Assert.Contains("pad symbol '_'", e.Message, StringComparison.Ordinal);
        Assert.Contains("BOS symbol '^'", e.Message, StringComparison.Ordinal);
        Assert.Contains("EOS symbol '$'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IdBeyondNumSymbols_Rejected()
    {
        var json = Minimal.Replace("\"num_symbols\": 10", "\"num_symbols\": 5", StringComparison.Ordinal);

        var e = Assert.Throws<ModelException>(() => PiperVoiceConfig.Parse(json, "v.json"));

        Assert.Contains("num_symbols is 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJson_NamesFileAndLine()
    {
        var e = Assert.Throws<ModelException>(() => PiperVoiceConfig.Parse("{\n \"audio\": {,\n}", "bad.onnx.json"));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains("bad.onnx.json is not valid JSON (line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFile_MissingFile_NamesIt()
    {
        using var dir = new TempDir();
        var path = dir.File("absent.onnx.json");

        var e = Assert.Throws<ModelException>(() => PiperVoiceConfig.FromFile(path));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }
}
