using Narrator.Models;
using Narrator.Models.Bundles;
using Narrator.Phonemes;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices.Tests;

/// <summary>Long references are embedded window by window, with the tiny bundle's encoder.</summary>
public sealed class EmbeddingExtractorTests
{
    private static string TinyBundle => Path.Combine(AppContext.BaseDirectory, "fixtures", "bundles", "tiny");

    [Fact]
    public void Embed_RecordingLongerThanAWindow_IsTheSpeechWeightedMeanOfItsWindows()
    {
        using var bundle = NarratorBundle.FromDirectory(TinyBundle, PhonemeInventory.Lexicon.Symbols, new ExecutionOptions { Device = ExecutionDevice.Cpu });
        var extractor = new EmbeddingExtractor(bundle);
        var window = (int)(EmbeddingExtractor.WindowSeconds * 16000);
        var first = Signals.Speechlike(EmbeddingExtractor.WindowSeconds, pitch: 120);
        var second = Signals.Speechlike(EmbeddingExtractor.WindowSeconds / 2, pitch: 220);

        var whole = extractor.Embed("long.wav", [.. first, .. second], 16000);
        var expected = SpeakerEmbedding.WeightedAverage([
            (extractor.Embed("first.wav", first, 16000), ReferenceRecording.SpeechSeconds(first, 16000)),
            (extractor.Embed("second.wav", second, 16000), ReferenceRecording.SpeechSeconds(second, 16000))]);

        Assert.Equal(window, first.Length);
        Assert.Equal(expected.Vector, whole.Vector);
        Assert.True(whole.Similarity(extractor.Embed("first.wav", first, 16000)) < 0.999999, "the second window counts too");
    }
}
