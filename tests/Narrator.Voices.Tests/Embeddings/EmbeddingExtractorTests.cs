using Narrator.Audio;
using Narrator.Core;
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

    [Theory]
    [InlineData(16000)]
    [InlineData(44100)]
    public void StartEmbedding_LongRecordingInIrregularBlocks_EqualsTheRecordingInMemory(int rate)
    {
        using var bundle = NarratorBundle.FromDirectory(TinyBundle, PhonemeInventory.Lexicon.Symbols, new ExecutionOptions { Device = ExecutionDevice.Cpu });
        var extractor = new EmbeddingExtractor(bundle);
        float[] samples = [.. Signals.Speechlike(40, rate, pitch: 120), .. Signals.Speechlike(35, rate, pitch: 200)];

        var sink = extractor.StartEmbedding("long.flac");
        sink.Start(rate);
        int[] sizes = [1, 333, 4097, 70001, 16384];
        for (var (start, i) = (0, 0); start < samples.Length; start += sizes[i++ % sizes.Length])
        {
            sink.Write(samples.AsSpan(start, Math.Min(sizes[i % sizes.Length], samples.Length - start)));
        }

        Assert.Equal(extractor.Embed("long.flac", samples, rate).Vector, sink.Finish().Vector);
    }

    [Fact]
    public void StartEmbedding_TooLittleSpeech_RefusedOnceTheWholeRecordingIsKnown()
    {
        using var bundle = NarratorBundle.FromDirectory(TinyBundle, PhonemeInventory.Lexicon.Symbols, new ExecutionOptions { Device = ExecutionDevice.Cpu });
        var sink = new EmbeddingExtractor(bundle).StartEmbedding("quiet.flac");
        AudioSinks.Feed(sink, new float[16000 * 45], 16000);

        var error = Assert.Throws<NarratorException>(sink.Finish);

        Assert.Contains("quiet.flac: is silent (45.0 s long)", error.Message, StringComparison.Ordinal);
    }
}
