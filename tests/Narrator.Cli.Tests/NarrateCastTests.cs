using System.Text.Json;

namespace Narrator.Cli.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(CliSerial.Name)]
public sealed class NarrateCastTests : IDisposable
{
    private const string Book = "# Tea\n\nThe table was long and the tea was cold.\n\n“Where is the milk?” said Alice.\n\n# Croquet\n\n“Off with her head!” said the Queen.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("narrator cast ü-").FullName;

    public NarrateCastTests() => File.WriteAllText(BookPath, Book);

    private string Out => Path.Combine(_folder, "out");

    private string BookPath => Path.Combine(_folder, "tea.md");

    private string CastPath => Path.Combine(_folder, "cast.json");

    [Fact]
    public async Task Narrate_Cast_RendersWithEachVoiceAndRecastingOneCharacterRendersOnlyTheirChapter()
    {
        WriteCast(new
        {
            narrator = Fixtures.TinyVoice,
            characters = new Dictionary<string, object>
            {
                ["alice"] = Fixtures.TinyBundle,
                ["the Queen"] = new { voice = Fixtures.TinyProsodyBundle, speed = 1.1, pitch = 2 },
                ["the Duchess"] = Fixtures.TinyBundle,
            },
        });
        var first = await Narrate();
        WriteCast(new { narrator = Fixtures.TinyVoice, characters = new Dictionary<string, string> { ["alice"] = Fixtures.TinyBundle, ["the Queen"] = Fixtures.TinyBundle } });

        var second = await Narrate();

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 chapter(s) rendered", first.Out, StringComparison.Ordinal);
        Assert.Contains("'the Duchess'", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 chapter(s) rendered, 1 already current", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrate_MissingCastFile_ExitsTwoNamingItBeforeWritingAnything()
    {
        var run = await Narrate();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cast file {CastPath}: cannot be read", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Narrate_MalformedCastFile_ExitsTwoWithLineAndPosition()
    {
        File.WriteAllText(CastPath, "{\n  \"narrator\": \"bdl\",\n  \"characters\": {\"Alice\" \"slt\"}\n}");

        var run = await Narrate();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cast file {CastPath}: not valid JSON at line 3", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Narrate_YamlCast_RendersWithItsVoices()
    {
        var yaml = Path.Combine(_folder, "cast.yaml");
        File.WriteAllText(yaml, $"narrator: '{Fixtures.TinyVoice}'\ncharacters:\n  Alice: '{Fixtures.TinyBundle}'\n  the Queen: {{voice: '{Fixtures.TinyProsodyBundle}', speed: 1.1}}\n");

        var run = await CliRun.RunAsync("narrate", BookPath, "--cast", yaml, "--out", Out, "--no-mp3", "--no-m4b", "--no-proof", "--noise-scale", "0", "--noise-w", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 chapter(s) rendered", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrate_MalformedYamlCast_ExitsTwoWithLineAndColumnBeforeWritingAnything()
    {
        var yaml = Path.Combine(_folder, "cast.yml");
        File.WriteAllText(yaml, $"narrator: {Fixtures.TinyVoice}\ncharacters:\n  Alice: slt\n    the Queen: kathleen\n");

        var run = await CliRun.RunAsync("narrate", BookPath, "--cast", yaml, "--out", Out, "--no-mp3", "--no-m4b", "--no-proof");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cast file {yaml}: not valid YAML at line 4, column ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Narrate_UnknownVoiceInCast_ExitsTwoNamingTheEntry()
    {
        WriteCast(new { narrator = Fixtures.TinyVoice, characters = new Dictionary<string, string> { ["Alice"] = "nobody-at-all" } });

        var run = await Narrate();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cast file entry characters.Alice in {CastPath}: Voice 'nobody-at-all' was not found", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Narrate_NarratorInCastAndVoiceOption_ExitsTwoAskingForOne()
    {
        WriteCast(new { narrator = Fixtures.TinyVoice });

        var run = await CliRun.RunAsync("narrate", BookPath, "--cast", CastPath, "--voice", Fixtures.TinyVoice, "--out", Out, "--no-mp3", "--no-m4b", "--no-proof");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give it in one place", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteCast(object cast) => File.WriteAllText(CastPath, JsonSerializer.Serialize(cast));

    private Task<CliRun> Narrate() =>
        CliRun.RunAsync("narrate", BookPath, "--cast", CastPath, "--out", Out, "--no-mp3", "--no-m4b", "--no-proof", "--noise-scale", "0", "--noise-w", "0");
}
