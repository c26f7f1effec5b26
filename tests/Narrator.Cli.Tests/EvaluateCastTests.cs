using System.Text.Json;

namespace Narrator.Cli.Tests;

/// <summary>
/// narrator evaluate cast on a three-character chapter written for the test (tests/fixtures/dialogue/three-voices) read
/// by the default voice's stock speakers: every line sounds, to the bundle's speaker encoder, like the voice the cast gave it.
/// </summary>
[Collection(CliSerial.Name)]
[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
public sealed class EvaluateCastTests : IDisposable
{
    private const string Bdl = "narrator-default/bdl";
    private const string Slt = "narrator-default/slt";
    private const string Kathleen = "narrator-default/kathleen";

    private readonly string _folder = Directory.CreateTempSubdirectory("narrator evaluate cast ü-").FullName;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "dialogue", "three-voices", name);

    [Fact]
    public async Task EvaluateCast_ThreeCharactersOnTheDefaultVoice_EveryMeasuredLineIsClosestToItsAssignedVoice()
    {
        var run = await CliRun.RunAsync(
            "evaluate", "cast", Fixture("the-ferry-ledger.md"), "--cast", Fixture("cast.json"), "--encoder", DefaultVoice, "--out", _folder, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Out);
        var lines = report.RootElement.GetProperty("lines").EnumerateArray().ToList();
        string Assigned(string start) => lines.Single(l => l.GetProperty("text").GetString()!.StartsWith(start, StringComparison.Ordinal)).GetProperty("assigned").GetString()!;

        // The renderer's record of who read what follows the cast: Nora slt, Ruth kathleen, Felix and the narration bdl.
        Assert.Equal(Slt, Assigned("\"Somebody has taken the book"));
        Assert.Equal(Kathleen, Assigned("\"It was there at four o'clock"));
        Assert.Equal(Bdl, Assigned("\"Then it walked out"));
        Assert.Equal(Bdl, Assigned("Ruth leaned over the counter"));
        Assert.Equal([Bdl, Slt, Kathleen], report.RootElement.GetProperty("voices").EnumerateArray().Select(v => v.GetProperty("voice").GetString()));

        // Each voice is heard, and each measured line is closest to the voice it was given.
        var measured = lines.Where(l => l.GetProperty("closest").ValueKind == JsonValueKind.String).ToList();
        Assert.All(new[] { Bdl, Slt, Kathleen }, v => Assert.True(measured.Count(l => l.GetProperty("assigned").GetString() == v) >= 4, $"{v}: too few measured lines"));
        var wrong = measured.Where(l => !l.GetProperty("agrees").GetBoolean()).Select(l => $"{l.GetProperty("text")}: {l.GetProperty("closest")}").ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Equal(1.0, report.RootElement.GetProperty("accuracy").GetDouble());
        Assert.True(File.Exists(Path.Combine(_folder, "chapters", "01 - The Ferry Ledger.flac")), "--out keeps the render");
    }

    [Fact]
    public async Task EvaluateCast_WithoutACastFile_ExitsTwoSayingSo()
    {
        var run = await CliRun.RunAsync("evaluate", "cast", Fixture("the-ferry-ledger.md"), "--voice", Fixtures.TinyVoice);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cast", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string DefaultVoice => Path.Combine(Fixtures.RepositoryRoot, "voices", "default");
}
