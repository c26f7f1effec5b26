using Narrator.Core;
using Narrator.Models;
using Narrator.Synthesis.Embeddings;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Tests;

/// <summary>The whole chain of a Narrator bundle for real: lexicon phonemes, acoustic model, vocoder, encoder.</summary>
public sealed class BundleSynthesisTests : IDisposable
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");
    private static readonly string GoldenWav = Path.Combine(AppContext.BaseDirectory, "fixtures", "features", "golden-input.wav");
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
    public async Task Speak_Reference_SpeaksAsTheClone()
    {
        using var stock = Synthesizer.Create(Load());
        using var clone = Synthesizer.Create(Load(new VoiceSelection { References = [GoldenWav] }));

        var a = await stock.SynthesizeAllAsync("Listen to my voice.");
        var b = await clone.SynthesizeAllAsync("Listen to my voice.");

        Assert.Equal("narrator-tiny/clone", clone.Voice.Name);
        Assert.NotEqual(stock.Voice.Fingerprint, clone.Voice.Fingerprint);
        Assert.False(a.SequenceEqual(b));
    }

    [Fact]
    public async Task Speak_EmbeddingFile_EqualsTheReferenceItCameFrom()
    {
        using var bundle = Models.Bundles.NarratorBundle.FromDirectory(Tiny, Phonemes.PhonemeInventory.Lexicon.Symbols, Cpu);
        var path = Path.Combine(_folder, "golden.json");
        await new EmbeddingExtractor(bundle).Embed([GoldenWav]).SaveAsync(path, [GoldenWav]);
        using var fromFile = Synthesizer.Create(Load(new VoiceSelection { EmbeddingFile = path }));
        using var fromReference = Synthesizer.Create(Load(new VoiceSelection { References = [GoldenWav] }));

        Assert.Equal(await fromReference.SynthesizeAllAsync("Same voice."), await fromFile.SynthesizeAllAsync("Same voice."));
    }

    [Fact]
    public void Load_UnknownSpeaker_ListsTheBundleSpeakers()
    {
        var error = Assert.Throws<NarratorException>(() => Load(new VoiceSelection { Speaker = "zulu" }));

        Assert.Contains("alpha, bravo, charlie", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReferenceThatIsNotAudio_NamesTheFile()
    {
        var path = Path.Combine(_folder, "notes.wav");
        File.WriteAllText(path, "these are not samples");

        var error = Assert.ThrowsAny<NarratorException>(() => Load(new VoiceSelection { References = [path] }));

        Assert.Contains("notes.wav", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ShortReference_SaysHowMuchSpeechIsNeeded()
    {
        var path = Path.Combine(_folder, "short.wav");
        var tone = Enumerable.Range(0, 3200).Select(i => 0.3f * MathF.Sin(i * 0.1f)).ToArray();
        await Audio.WavFile.WriteAsync(path, tone, 16000);

        var error = Assert.Throws<NarratorException>(() => Load(new VoiceSelection { References = [path] }));

        Assert.Contains("0.2 s of speech", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IVoice Load(VoiceSelection? selection = null) =>
        VoiceLoader.Load(new VoiceReference(VoiceKind.NarratorBundle, Tiny, "tiny"), Cpu, selection);
}
