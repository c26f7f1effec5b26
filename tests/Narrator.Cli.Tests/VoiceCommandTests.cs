using Narrator.Audio;

namespace Narrator.Cli.Tests;

/// <summary>narrator voice …, and enrolled voices in speak, with the tiny bundle (random encoder: the speaker threshold is set to accept).</summary>
public sealed class VoiceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator voices cli-").FullName;

    private string Store => Path.Combine(_folder, "störe");

    [Fact]
    public async Task ConsentText_NameAndPublisher_PrintsStatementNamingThem()
    {
        var run = await CliRun.RunUncalibratedAsync("voice", "consent-text", "--name", "Jane Doe", "--publisher", "Acme Audio", "--use", "audiobook");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("I, Jane Doe, am aware that recordings of my voice will be used by Acme Audio to create and use a synthetic version of my voice for audiobook.", run.Out.Trim());
    }

    [Fact]
    public async Task Speak_EnrolledVoiceInScope_WritesAudio()
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        var run = await CliRun.RunUncalibratedAsync("speak", "Hello.", "--voice", "jane-doe", "--voices", Store, "--publisher", "Acme Audio", "--out", Path.Combine(_folder, "out.wav"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(_folder, "out.wav")));
    }

    [Theory]
    [InlineData("--use", "advertising", "not 'advertising'")]
    [InlineData("--publisher", "Other House", "not 'Other House'")]
    public async Task Speak_EnrolledVoiceOutOfScope_ExitsThree(string option, string value, string reason)
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        string[] publisher = option == "--publisher" ? [] : ["--publisher", "Acme Audio"];
        var run = await CliRun.RunUncalibratedAsync(["speak", "Hello.", "--voice", "jane-doe", "--voices", Store, option, value, .. publisher, "--out", Path.Combine(_folder, "out.wav")]);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "out.wav")));
    }

    [Fact]
    public async Task Narrate_EnrolledVoiceNamedInlineForAnotherPublisher_ExitsThreeBeforeWritingAnything()
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        var book = Path.Combine(_folder, "tea.md");
        await File.WriteAllTextAsync(book, "# Tea\n\nThe tea was cold. [Where is the milk?]{voice=jane-doe} she asked.\n");
        var output = Path.Combine(_folder, "book");

        var run = await CliRun.RunUncalibratedAsync("narrate", book, "--voice", Fixtures.TinyVoice, "--voices", Store, "--publisher", "Other House", "--out", output);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not 'Other House'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Plan_EnrolledVoice_EstimatesAtItsRateWithinConsent()
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        var book = Path.Combine(Fixtures.Samples, "the-lighthouse.md");

        var run = await CliRun.RunUncalibratedAsync("plan", book, "--voice", "jane-doe", "--voices", Store, "--publisher", "Acme Audio", "--json");
        var refused = await CliRun.RunUncalibratedAsync("plan", book, "--voice", "jane-doe", "--voices", Store, "--publisher", "Other House");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("\"wordsPerMinute\": 155", run.Out, StringComparison.Ordinal);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("not 'Other House'", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TamperedReference_ExitsOneAndSpeakExitsThree()
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        var verified = await CliRun.RunUncalibratedAsync("voice", "verify", "jane-doe", "--voices", Store);
        Assert.Equal(0, verified.ExitCode);
        Assert.Contains("jane-doe: verified (the consent recording's words were not checked: skipped on request", verified.Out, StringComparison.Ordinal);
        File.AppendAllText(Directory.EnumerateFiles(Path.Combine(Store, "jane-doe", "references")).First(), "x");

        var verify = await CliRun.RunUncalibratedAsync("voice", "verify", "jane-doe", "--voices", Store);
        var speak = await CliRun.RunUncalibratedAsync("speak", "Hello.", "--voice", "jane-doe", "--voices", Store, "--publisher", "Acme Audio", "--out", Path.Combine(_folder, "out.wav"));

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("has changed since enrollment", verify.Out, StringComparison.Ordinal);
        Assert.Equal(3, speak.ExitCode);
    }

    [Fact]
    public async Task Enroll_StatementWithoutTheName_ExitsTwoAndStoresNothing()
    {
        var run = await Enroll(statement: "I agree to everything.");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not name the speaker", run.Error, StringComparison.Ordinal);
        var list = (await CliRun.RunUncalibratedAsync("voice", "list", "--voices", Store)).OutLines;
        Assert.DoesNotContain(list, line => line.Contains("enrolled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRemove_EnrolledVoice_ListedThenGone()
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        Assert.StartsWith("jane-doe\tenrolled\tJane Doe", (await CliRun.RunUncalibratedAsync("voice", "list", "--voices", Store)).Out, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.RunUncalibratedAsync("voice", "remove", "jane-doe", "--voices", Store)).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(Store, "jane-doe")));
    }

    [Fact]
    public async Task Enroll_ConsentThresholdZero_ExitsTwoAndStoresNothing()
    {
        var run = await CliRun.RunAsync([.. await EnrollArguments(), "--consent-threshold", "0"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("calibrated 0.500", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Store, "jane-doe")));
    }

    [Fact]
    public async Task Speak_VoiceEnrolledInATestScope_RefusedOutsideIt()
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        var verify = await CliRun.RunAsync("voice", "verify", "jane-doe", "--voices", Store);
        var speak = await CliRun.RunAsync("speak", "Hello.", "--voice", "jane-doe", "--voices", Store, "--publisher", "Acme Audio", "--out", Path.Combine(_folder, "out.wav"));
        Assert.Equal(1, verify.ExitCode);
        Assert.Equal(3, speak.ExitCode);
        Assert.Contains("below the calibrated", speak.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"publisher\": \"Acme Audio\"", "\"publisher\": \"Other House\"")]
    [InlineData("\"expires\": \"2030-01-01\"", "\"expires\": \"2099-01-01\"")]
    [InlineData("\"audiobook\",", "\"advertising\",")]
    public async Task VerifyAndSpeak_EditedVoiceJson_ExitOneAndThree(string from, string to)
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        var json = Path.Combine(Store, "jane-doe", "voice.json");
        var text = File.ReadAllText(json);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(json, text.Replace(from, to, StringComparison.Ordinal));

        var verify = await CliRun.RunUncalibratedAsync("voice", "verify", "jane-doe", "--voices", Store);
        var speak = await CliRun.RunUncalibratedAsync("speak", "Hello.", "--voice", "jane-doe", "--voices", Store, "--publisher", "Other House", "--use", "advertising", "--out", Path.Combine(_folder, "out.wav"));

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("does not match its signature", verify.Out, StringComparison.Ordinal);
        Assert.Equal(3, speak.ExitCode);
        Assert.False(File.Exists(Path.Combine(_folder, "out.wav")));
    }

    [Fact]
    public async Task Revoke_EnrolledVoice_SpeakExitsThree()
    {
        Assert.Equal(0, (await Enroll()).ExitCode);
        var revoke = await CliRun.RunUncalibratedAsync("voice", "revoke", "jane-doe", "--voices", Store);
        var speak = await CliRun.RunUncalibratedAsync("speak", "Hello.", "--voice", "jane-doe", "--voices", Store, "--publisher", "Acme Audio", "--out", Path.Combine(_folder, "out.wav"));
        Assert.Equal(0, revoke.ExitCode);
        Assert.Equal(3, speak.ExitCode);
        Assert.Contains("was revoked", speak.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<CliRun> Enroll(string? statement = null) =>
        await CliRun.RunUncalibratedAsync([.. await EnrollArguments(statement), "--consent-threshold", "-1"]);

    private async Task<string[]> EnrollArguments(string? statement = null)
    {
        var references = new[] { await Write("ref1.wav", 140), await Write("ref2.wav", 150) };
        var consent = await Write("consent.wav", 145);
        var text = Path.Combine(_folder, "consent.txt");
        await File.WriteAllTextAsync(text, statement ?? "I, Jane Doe, am aware that recordings of my voice will be used by Acme Audio to create and use a synthetic version of my voice for audiobook and preview.");
        return [
            "voice", "enroll", "--name", "Jane Doe", "--consent", consent, "--consent-text", text, "--publisher", "Acme Audio", "--expires", "2030-01-01",
            "--use", "audiobook,preview", "--unverified-statement", "--voice", Fixtures.TinyBundle, "--voices", Store, .. references];
    }

    /// <summary>Eight seconds of 300 ms harmonic bursts and 100 ms pauses over a faint noise floor.</summary>
    private async Task<string> Write(string name, double pitch)
    {
        var random = new Random(3);
        var samples = new float[16000 * 8];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = i / 16000.0;
            var tone = t % 0.4 < 0.3 ? 0.25 * (Math.Sin(2 * Math.PI * pitch * t) + (0.5 * Math.Sin(4 * Math.PI * pitch * t))) : 0;
            samples[i] = (float)(tone + (0.001 * ((random.NextDouble() * 2) - 1)));
        }

        var path = Path.Combine(_folder, name);
        await WavFile.WriteAsync(path, samples, 16000);
        return path;
    }
}
