using Narrator.Audio;

namespace Narrator.Cli.Tests;

/// <summary>speak --ssml and --ssml-file: errors with line and column, warnings on stderr, audio from the tiny voices.</summary>
[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
public sealed class SpeakSsmlTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator ssml ö-").FullName;

    [Fact]
    public async Task Speak_MalformedSsml_ExitsTwoNamingLineAndColumn()
    {
        var run = await CliRun.RunAsync("speak", "--ssml", "<speak>\n  <p>Hello</s>\n</speak>", "--voice", Fixtures.TinyBundle, "--out", Wav("bad"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SSML input: line 2, column 13: malformed SSML", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Wav("bad")));
    }

    [Fact]
    public async Task Speak_MalformedSsmlFile_NamesTheFile()
    {
        var file = Path.Combine(_folder, "chapter one.ssml");
        await File.WriteAllTextAsync(file, "<speak>One <break time=\"2 s\"/></speak>");

        var run = await CliRun.RunAsync("speak", "--ssml-file", file, "--voice", Fixtures.TinyBundle, "--out", Wav("bad"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}: line 1, column 13: <break time=\"2 s\"> is not a duration", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_SsmlWithUnknownElement_SpeaksItAndWarnsWithItsPlace()
    {
        var run = await CliRun.RunAsync("speak", "--ssml", "<speak>Keep <murmur>this text</murmur>.</speak>", "--voice", Fixtures.TinyBundle, "--out", Wav("unknown"));
        var plain = await CliRun.RunAsync("speak", "Keep.", "--voice", Fixtures.TinyBundle, "--out", Wav("plain"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("warning: line 1, column 14: unknown element <murmur>", run.Error, StringComparison.Ordinal);
        Assert.True(WavFile.Read(Wav("unknown")).Samples.Length > 1.5 * WavFile.Read(Wav("plain")).Samples.Length, "the unknown element's text was dropped");
    }

    [Fact]
    public async Task Speak_SsmlBreak_WritesTheSilenceIntoTheFile()
    {
        var none = await CliRun.RunAsync("speak", "--ssml", "<speak>One.<break strength=\"none\"/>Two.</speak>", "--voice", Fixtures.TinyVoice, "--out", Wav("none"));
        var two = await CliRun.RunAsync("speak", "--ssml", "<speak>One.<break time=\"2s\"/>Two.</speak>", "--voice", Fixtures.TinyVoice, "--out", Wav("two"));

        Assert.True(none.ExitCode == 0 && two.ExitCode == 0, none.Error + two.Error);
        var (withBreak, rate) = WavFile.Read(Wav("two"));
        Assert.InRange((withBreak.Length - WavFile.Read(Wav("none")).Samples.Length) / (double)rate, 1.95, 2.05);
    }

    [Fact]
    public async Task Speak_SsmlVoiceSwitch_ProvenanceNamesEveryVoiceUsed()
    {
        var ssml = $"<speak>The keeper spoke. <voice name=\"{Fixtures.TinyProsodyBundle}\">Who is there?</voice> Nobody answered.</speak>";

        var run = await CliRun.RunAsync("speak", "--ssml", ssml, "--voice", Fixtures.TinyBundle, "--out", Wav("switch"));

        Assert.True(run.ExitCode == 0, run.Error);
        var sidecar = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Wav("switch") + ".provenance.json")).RootElement;
        var voices = sidecar.GetProperty("voices").EnumerateArray().ToList();
        Assert.Equal(2, voices.Count);
        Assert.Equal(sidecar.GetProperty("voice").GetString(), voices[0].GetProperty("voice").GetString());
        Assert.Equal($"<voice name=\"{Fixtures.TinyProsodyBundle}\">", voices[1].GetProperty("roles")[0].GetString());
        Assert.NotEqual(voices[0].GetProperty("voiceFingerprint").GetString(), voices[1].GetProperty("voiceFingerprint").GetString());
        var verified = Narrator.Synthesis.Provenance.EmbeddedProvenance.Verify(Wav("switch"));
        Assert.Equal(voices.Select(v => v.GetProperty("voiceFingerprint").GetString()), verified.Voices!.Select(v => v.VoiceFingerprint));
        Assert.All(verified.Voices!, v => Assert.Null(v.WatermarkPayload));
        var shown = await CliRun.RunAsync("provenance", "verify", Wav("switch"));
        Assert.Contains($"  heard: voice {voices[1].GetProperty("voice").GetString()} (<voice name=\"{Fixtures.TinyProsodyBundle}\">), no consent record", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speak_SsmlInOneVoice_ProvenanceNamesOnlyThatVoice()
    {
        var run = await CliRun.RunAsync("speak", "--ssml", "<speak>The keeper spoke.</speak>", "--voice", Fixtures.TinyBundle, "--out", Wav("one"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(System.Text.Json.JsonDocument.Parse(File.ReadAllText(Wav("one") + ".provenance.json")).RootElement.TryGetProperty("voices", out _));
    }

    [Fact]
    public async Task Speak_TextAndSsmlTogether_IsAUsageError()
    {
        var run = await CliRun.RunAsync("speak", "Hello.", "--ssml", "<speak>Hi.</speak>", "--voice", Fixtures.TinyBundle, "--out", Wav("both"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Give one thing to speak", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Wav(string name) => Path.Combine(_folder, name + ".wav");
}
