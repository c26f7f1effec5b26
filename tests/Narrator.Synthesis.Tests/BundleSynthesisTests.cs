using Narrator.Core;
using Narrator.Models;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Tests;

/// <summary>The whole chain of a Narrator bundle for real: lexicon phonemes, acoustic model, vocoder, encoder.</summary>
public sealed class BundleSynthesisTests : IDisposable
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");
    private static readonly ExecutionOptions Cpu = new() { Device = ExecutionDevice.Cpu };

    private readonly string _folder = Directory.CreateTempSubdirectory("narrator bundle ø-").FullName;

    [Fact]
    public async Task Speak_StockSpeaker_AudioFollowsTheText()
    {
        using var synthesizer = Synthesizer.Create(Load());

        var one = await synthesizer.SynthesizeAllAsync("Hello.");
        var three = await synthesizer.SynthesizeAllAsync("Hello there, my friend, how have you been all this time?");

        Assert.Equal(16000, synthesizer.SampleRate);
        Assert.NotEmpty(one);
        Assert.True(three.Length > 3 * one.Length, $"{three.Length} vs {one.Length}");
        Assert.Equal("narrator-tiny/alpha", synthesizer.Voice.Name);
    }

    [Fact]
    public async Task SynthesizeAsync_Bundle_StreamEqualsBatchedOneShot()
    {
        const string text = "The first sentence. A second one, longer than the first. Third!";
        using var streaming = Synthesizer.Create(Load());
        using var batched = Synthesizer.Create(Load(), new SynthesisOptions { BatchSize = 3 });

        var streamed = new List<float>();
        await foreach (var chunk in streaming.SynthesizeAsync(text))
        {
            streamed.AddRange(chunk.Samples.ToArray());
        }

        var oneShot = await batched.SynthesizeAllAsync(text);
        Assert.Equal(oneShot.Length, streamed.Count);
        Assert.All(oneShot.Zip(streamed), p => Assert.Equal(p.First, p.Second, 4));
    }

    [Fact]
    public async Task Speak_BundleAskingForMelContrast_SpeaksThroughThePostFilter()
    {
        const string text = "The keeper lit the lamp.";
        var sharp = Path.Combine(_folder, "sharp");
        Directory.CreateDirectory(sharp);
        foreach (var file in Directory.EnumerateFiles(Tiny))
        {
            File.Copy(file, Path.Combine(sharp, Path.GetFileName(file)));
        }

        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(sharp, "model.json")))!;
        manifest["inference"]!["melContrast"] = new System.Text.Json.Nodes.JsonObject { ["time"] = 1.5 };
        File.WriteAllText(Path.Combine(sharp, "model.json"), manifest.ToJsonString());
        using var plain = Synthesizer.Create(Load());
        using var filtered = Synthesizer.Create(VoiceLoader.Load(new VoiceReference(VoiceKind.NarratorBundle, sharp, "sharp"), Cpu, null));

        var before = await plain.SynthesizeAllAsync(text);
        var after = await filtered.SynthesizeAllAsync(text);

        // Synthesis is deterministic, so any difference is the post-filter's (the random fixture's vocoder hears little of it).
        Assert.Equal(before.Length, after.Length);
        Assert.False(before.SequenceEqual(after), "the post-filter changed nothing");
        Assert.Equal(before, await plain.SynthesizeAllAsync(text));
    }

    [Fact]
    public void Load_UnknownSpeaker_ListsTheBundleSpeakers()
    {
        var error = Assert.Throws<NarratorException>(() => Load("zulu"));

        Assert.Contains("alpha, bravo, charlie", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IVoice Load(string? speaker = null) =>
        VoiceLoader.Load(new VoiceReference(VoiceKind.NarratorBundle, Tiny, "tiny"), Cpu, speaker);
}
