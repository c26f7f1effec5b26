using Narrator.Evaluation;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;
using Narrator.Testing;
using Narrator.Watermark;

namespace Narrator.Evaluation.Tests;

public sealed class WatermarkEvaluationTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("narrator watermark eval é ").FullName;

    [SharedDataFact("speech/splits/heldout.txt")]
    [Trait("Tier", "integration")]
    public async Task MeasureAsync_WithTheDefaultVoice_ReadsItsPayloadFromItsOwnSpeechAndFlagsNoRecording()
    {
        var recordings = CopySpeech();
        using var synthesizer = Synthesizer.Create(VoiceLoader.Load(VoiceResolver.Resolve(null, Path.Combine(RepositoryRoot(), "voices"))));

        var results = await WatermarkEvaluation.MeasureAsync(data, WatermarkKey.Default, clipCount: 2, synthesizer, ["none", "mp3 64k"]);

        Assert.Equal(synthesizer.Voice.Name, results.OwnOutputVoice);
        Assert.Equal(["none", "mp3 64k"], results.OwnOutputAttacks.Keys);
        Assert.All(results.OwnOutputAttacks.Values.SelectMany(rows => rows), row => Assert.True(row.Found && row.PayloadRight, $"{row}"));
        Assert.Equal(["none", "mp3 64k"], results.Attacks.Keys);
        Assert.Equal(2, results.Attacks["none"].Count);
        Assert.Equal(recordings, results.UnmarkedScores.Count);
        Assert.Equal(0, results.FalsePositives);
    }

    [SharedDataFact("speech/splits/heldout.txt")]
    public async Task MeasureAsync_UnknownAttack_NamesItAndTheKnownOnes()
    {
        CopySpeech();

        var error = await Assert.ThrowsAsync<Core.NarratorException>(() => WatermarkEvaluation.MeasureAsync(data, WatermarkKey.Default, 2, attacks: ["gsm"]));

        Assert.Contains("unknown attack 'gsm'", error.Message, StringComparison.Ordinal);
        Assert.Contains("telephone", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    // A small speech folder of the shared layout: two LibriSpeech readers and ten held-out bdl prompts.
    private int CopySpeech()
    {
        var shared = SharedData.Path("speech");
        var readers = Directory.EnumerateDirectories(Path.Combine(shared, "librispeech_train-clean-100")).Order(StringComparer.Ordinal).Take(2);
        var copied = 0;
        foreach (var reader in readers)
        {
            var target = Directory.CreateDirectory(Path.Combine(data, "librispeech_train-clean-100", Path.GetFileName(reader))).FullName;
            foreach (var file in Directory.EnumerateFiles(reader, "*.flac"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                copied++;
            }
        }

        var heldOut = File.ReadAllLines(Path.Combine(shared, "splits", "heldout.txt")).Where(l => l.StartsWith("bdl/", StringComparison.Ordinal)).Take(10).ToList();
        var bdl = Directory.CreateDirectory(Path.Combine(data, "cmu_arctic", "bdl")).FullName;
        var ids = heldOut.Select(l => l["bdl/".Length..]).ToHashSet(StringComparer.Ordinal);
        File.WriteAllLines(Path.Combine(bdl, "transcript.txt"), File.ReadAllLines(Path.Combine(shared, "cmu_arctic", "bdl", "transcript.txt")).Where(l => ids.Contains(l.Split('|')[0].Trim())));
        foreach (var id in ids)
        {
            File.Copy(Path.Combine(shared, "cmu_arctic", "bdl", id + ".flac"), Path.Combine(bdl, id + ".flac"));
            copied++;
        }

        Directory.CreateDirectory(Path.Combine(data, "splits"));
        File.WriteAllLines(Path.Combine(data, "splits", "heldout.txt"), heldOut);
        return copied;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Narrator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test binaries holds Narrator.sln.");
    }
}
