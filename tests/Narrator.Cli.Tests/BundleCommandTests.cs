using System.Text.Json;
using Narrator.Audio;

namespace Narrator.Cli.Tests;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
public sealed class BundleCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator bundle cli-").FullName;

    [Fact]
    public async Task Speak_Bundle_LengthFollowsTheTextWithAndWithoutAReference()
    {
        var plain = await Speak("Hi.", "plain.wav");
        var longer = await Speak("Hi there. This is a much longer sentence than the first one.", "longer.wav");
        var cloned = await Speak("Hi there. This is a much longer sentence than the first one.", "clone.wav", ["--reference", Fixtures.GoldenWav, .. Consent()]);

        Assert.True(longer > 3 * plain, $"{longer} vs {plain} samples");
        Assert.True(cloned > 3 * plain, $"{cloned} vs {plain} samples");
    }

    [Fact]
    public async Task Embed_ThenSpeakWithIt_Works()
    {
        var embedding = Path.Combine(_folder, "me.json");

        var embed = await CliRun.RunAsync("embed", Fixtures.GoldenWav, "--voice", Fixtures.TinyBundle, "--out", embedding);
        var samples = await Speak("Spoken with an embedding file.", "embedded.wav", ["--embedding", embedding, .. Consent()]);

        Assert.Equal(0, embed.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(embedding));
        Assert.Equal(192, json.RootElement.GetProperty("embedding").GetArrayLength());
        Assert.True(samples > 0);
    }

    [Theory]
    [InlineData(8000, 2.0, "8000 Hz")]
    [InlineData(16000, 0.2, "0.2 s of speech")]
    [InlineData(16000, 0.0, "is silent")]
    public async Task Speak_BadReference_ExitsTwoSayingWhy(int rate, double seconds, string expected)
    {
        var path = Path.Combine(_folder, "reference.wav");
        var samples = new float[rate * 2];
        for (var i = 0; i < (int)(rate * seconds); i++)
        {
            samples[i] = 0.3f * MathF.Sin(2 * MathF.PI * 200 * i / rate);
        }

        await WavFile.WriteAsync(path, samples, rate);

        var run = await CliRun.RunUncalibratedAsync(["speak", "Hello.", "--voice", Fixtures.TinyBundle, "--reference", path, "--out", Path.Combine(_folder, "x.wav"), .. Consent()]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("reference.wav", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_CorruptReference_ExitsTwoNamingIt()
    {
        var path = Path.Combine(_folder, "broken.flac");
        File.WriteAllBytes(path, [0x66, 0x4C, 0x61, 0x43, 0, 0, 0, 1, 2, 3]);

        var run = await CliRun.RunUncalibratedAsync(["speak", "Hello.", "--voice", Fixtures.TinyBundle, "--reference", path, "--out", Path.Combine(_folder, "x.wav"), .. Consent()]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken.flac", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextIds_Inventory_MatchesTheBundleItWasTrainedWith()
    {
        var run = await CliRun.RunAsync("text", "ids", "--inventory");

        using var inventory = JsonDocument.Parse(run.Out);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures.TinyBundle, "model.json")));
        Assert.Equal(
            manifest.RootElement.GetProperty("phonemes").GetProperty("symbols").EnumerateArray().Select(s => s.GetString()),
            inventory.RootElement.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task TextIds_Transcripts_PrintOneJsonLineEach()
    {
        var run = await CliRun.RunWithInputAsync("a1|Hello world.\na2|It cost $5.\n", "text", "ids", "--transcripts", "-");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a1", "a2"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Contains("five dollars", lines[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, lines[0].GetProperty("ids")[0].GetInt32());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--reference")]
    [InlineData("--embedding")]
    public async Task Speak_CloneWithoutConsent_ExitsThreeSayingWhatIsMissing(string option)
    {
        var embedding = Path.Combine(_folder, "me.json");
        Assert.Equal(0, (await CliRun.RunAsync("embed", Fixtures.GoldenWav, "--voice", Fixtures.TinyBundle, "--out", embedding)).ExitCode);
        var output = Path.Combine(_folder, "x.wav");

        var run = await CliRun.RunAsync("speak", "Hello.", "--voice", Fixtures.TinyBundle, option, option == "--reference" ? Fixtures.GoldenWav : embedding, "--out", output);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("needs their consent: add --consent", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Narrate_CloneWithConsent_RefusedAsZeroShotIsAPreview()
    {
        var run = await CliRun.RunUncalibratedAsync(["narrate", Path.Combine(Fixtures.Samples, "the-lighthouse.md"), "--voice", Fixtures.TinyBundle, "--reference", Fixtures.GoldenWav, "--out", Path.Combine(_folder, "book"), "--no-proof", .. Consent()]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("is a preview", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The golden recording's own speaker as its consent (the tiny bundle's random encoder compares at -1).</summary>
    private string[] Consent()
    {
        var statement = Path.Combine(_folder, "consent.txt");
        File.WriteAllText(statement, "I, Golden Speaker, agree that my voice is previewed.");
        return ["--consent", Fixtures.GoldenWav, "--consent-text", statement, "--unverified-statement"];
    }

    private async Task<int> Speak(string text, string file, params string[] extra)
    {
        var path = Path.Combine(_folder, file);
        var run = await CliRun.RunUncalibratedAsync(["speak", text, "--voice", Fixtures.TinyBundle, "--out", path, .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return WavFile.Read(path).Samples.Length;
    }
}
