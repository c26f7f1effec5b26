using System.Diagnostics;
using Narrator.Voices;

namespace Narrator.Cli.Tests;

/// <summary>
/// narrator voice train on the tiny bundle: a voice enrolled from three slt takes is adapted with
/// the project's PyTorch training code, speaks through its adapted weights, is refused when they are
/// edited, and finishes training after the trainer is killed.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "python")]
[Trait("Needs", "pocketsphinx")]
public sealed class VoiceTrainTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("narrator train cli-").FullName;

    [Fact]
    public async Task Train_EnrolledFromTakes_ShowsAdaptedAndSpeaksOtherwise()
    {
        using var few = ConsentTesting.AllowFewTakes(5);
        await EnrollAsync();
        var before = await SpeakAsync("before.wav");
        Assert.Equal(before, await SpeakAsync("before-again.wav"));

        var train = await TrainAsync("--steps", "8");

        Assert.True(train.ExitCode == 0, train.Error);
        Assert.Contains("Adapted 'sam-taylor': 0.1 minutes of speech in 3 takes, 8 steps", train.Out, StringComparison.Ordinal);
        Assert.Contains("likeness to the recordings", train.Out, StringComparison.Ordinal);
        var show = await CliRun.RunAsync("voice", "show", "sam-taylor", "--voices", Store);
        Assert.Contains("adapted: 0.1 minutes of speech in 3 takes, 8 steps", show.Out, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(VoiceFolder, "adaptation-*.safetensors"));
        Assert.False(Directory.Exists(Path.Combine(VoiceFolder, VoiceTrainer.WorkFolder)));
        var after = await SpeakAsync("after.wav");
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Train_AdaptedWeightsEdited_SpeakRefusedExitThree()
    {
        using var few = ConsentTesting.AllowFewTakes(5);
        await EnrollAsync();
        Assert.Equal(0, (await TrainAsync("--steps", "4")).ExitCode);
        var weights = Directory.GetFiles(VoiceFolder, "adaptation-*.safetensors").Single();
        var bytes = await File.ReadAllBytesAsync(weights);
        bytes[^1] ^= 0x40;
        await File.WriteAllBytesAsync(weights, bytes);

        var speak = await CliRun.RunUncalibratedAsync("speak", "Hello.", "--voice", "sam-taylor", "--voices", Store, "--publisher", "Acme Audio", "--out", Path.Combine(_folder, "out.wav"));

        Assert.Equal(3, speak.ExitCode);
        Assert.Contains($"{Path.GetFileName(weights)} has changed since enrollment", speak.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_TrainerKilled_SameCommandResumesAndFinishes()
    {
        using var few = ConsentTesting.AllowFewTakes(5);
        await EnrollAsync();
        var first = TrainAsync("--steps", "100000", "--max-minutes", "10");
        var checkpoint = Path.Combine(VoiceFolder, VoiceTrainer.WorkFolder, "checkpoint.pt");
        var waited = Stopwatch.StartNew();
        while (!File.Exists(checkpoint) && waited.Elapsed < TimeSpan.FromMinutes(3) && !first.IsCompleted)
        {
            await Task.Delay(200);
        }

        Assert.True(File.Exists(checkpoint), "the training never saved a checkpoint");
        KillTrainer();
        var killed = await first;
        Assert.NotEqual(0, killed.ExitCode);
        Assert.Null(Record().Adaptation);

        var again = await TrainAsync("--steps", "5");

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Matches(@"Training from step [1-9][0-9]* of 5\.", again.Error);
        Assert.NotNull(Record().Adaptation);
        Assert.NotEmpty(await SpeakAsync("resumed.wav"));
    }

    [Fact]
    public async Task Train_AlreadyAdapted_RefusedUntilRestart()
    {
        using var few = ConsentTesting.AllowFewTakes(5);
        await EnrollAsync();
        Assert.Equal(0, (await TrainAsync("--steps", "2")).ExitCode);
        var first = Record().Adaptation!.File;

        var again = await TrainAsync("--steps", "2");
        var restart = await TrainAsync("--steps", "3", "--restart");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already adapted", again.Error, StringComparison.Ordinal);
        Assert.True(restart.ExitCode == 0, restart.Error);
        Assert.Equal(3, Record().Adaptation!.Steps);
        Assert.Single(restart.Error.Split('\n'), line => line.StartsWith("step 3/3", StringComparison.Ordinal));
        Assert.NotEqual(first, Record().Adaptation!.File);
        Assert.False(File.Exists(Path.Combine(VoiceFolder, first)));
    }

    [Fact]
    public async Task Train_PlainReferences_ExplainsThatScriptTakesAreNeeded()
    {
        var text = Path.Combine(_folder, "consent.txt");
        await File.WriteAllTextAsync(text, Statement);
        var enroll = await CliRun.RunUncalibratedAsync(
            "voice", "enroll", Take("arctic_a0001"), Take("arctic_a0003"), Take("arctic_a0007"), Take("arctic_a0009"), Take("arctic_a0011"), "--name", "Sam Taylor",
            "--consent", Take("arctic_b0100"), "--consent-text", text, "--unverified-statement", "--voice", Fixtures.TinyBundle, "--voices", Store, "--consent-threshold", "-1");
        Assert.True(enroll.ExitCode == 0, enroll.Error);

        var train = await TrainAsync();

        Assert.Equal(2, train.ExitCode);
        Assert.Contains("enroll with --recordings DIR to adapt a voice", train.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Statement = "I, Sam Taylor, am aware that recordings of my voice will be used by the publishers I work with to create and use a synthetic version of my voice for audiobook and preview.";

    private static string Slt => Path.GetFullPath(Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "data", "speech", "cmu_arctic", "slt"));

    private string Store => Path.Combine(_folder, "störe");

    private string VoiceFolder => Path.Combine(Store, "sam-taylor");

    private static string Take(string id)
    {
        var path = Path.Combine(Slt, id + ".flac");
        Assert.True(File.Exists(path), $"The speech recordings are missing: {path} does not exist. They sit in ../shared/data beside the checkout (CI provides them).");
        return path;
    }

    private VoiceRecord Record() => VoiceRecord.FromFile(Path.Combine(VoiceFolder, VoiceRecord.FileName));

    private async Task EnrollAsync()
    {
        var takes = Directory.CreateDirectory(Path.Combine(_folder, "täkes")).FullName;
        foreach (var id in new[] { "arctic_a0001", "arctic_a0003", "arctic_a0005" })
        {
            File.Copy(Take(id), Path.Combine(takes, id + ".flac"));
        }

        var text = Path.Combine(_folder, "consent.txt");
        await File.WriteAllTextAsync(text, Statement);
        var run = await CliRun.RunUncalibratedAsync(
            "voice", "enroll", "--recordings", takes, "--name", "Sam Taylor", "--consent", Take("arctic_b0100"), "--consent-text", text,
            "--unverified-statement", "--voice", Fixtures.TinyBundle, "--voices", Store, "--consent-threshold", "-1");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    private Task<CliRun> TrainAsync(params string[] options) =>
        CliRun.RunUncalibratedAsync(["voice", "train", "sam-taylor", "--voices", Store, "--cpu", "--threads", "1", .. options]);

    /// <summary>The samples spoken (not the file's bytes: each file's C2PA manifest has its own instance id and time).</summary>
    private async Task<float[]> SpeakAsync(string name)
    {
        var output = Path.Combine(_folder, name);
        var run = await CliRun.RunUncalibratedAsync("speak", "The same words in both voices.", "--voice", "sam-taylor", "--voices", Store, "--publisher", "Acme Audio", "--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        return Audio.WavFile.Read(output).Samples;
    }

    // The trainer's command line names this test's own voice store, so only its process is matched.
    private void KillTrainer()
    {
        using var pkill = Process.Start("pkill", ["-KILL", "-f", $"narrator_tts.adapt --job {Path.Combine(VoiceFolder, VoiceTrainer.WorkFolder)}"]);
        pkill.WaitForExit();
        Assert.Equal(0, pkill.ExitCode);
    }
}
