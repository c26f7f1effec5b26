using Narrator.Audio;
using Narrator.Voices.Embeddings;
using Narrator.Watermark;

namespace Narrator.Voices;

/// <summary>
/// Refuses recordings that carry Narrator's own watermark (the published key): synthetic speech is
/// no consent, and a clone of a clone is not the person. Marks made with a private publisher key
/// cannot be seen here. Long recordings are searched as they are decoded (<see cref="WatermarkScanner"/>).
/// </summary>
internal static class SyntheticSpeech
{
    /// <summary>Decodes a reference once for both checks: refused when it carries the mark, else its embedding.</summary>
    public static SpeakerEmbedding EmbedRecorded(string path, AudioReader read, ISpeakerEmbedder embedder)
    {
        var scanner = new WatermarkScanner(WatermarkKey.Default);
        var embedding = embedder.StartEmbedding(path);
        read(path, AudioSinks.All(new ScannerSink(scanner), embedding));
        Refuse(path, scanner);
        return embedding.Finish();
    }

    /// <param name="name">How the recording is named in the refusal.</param>
    /// <param name="path">Where it is read from.</param>
    /// <param name="read">Its reader.</param>
    public static void Refuse(string name, string path, AudioReader read)
    {
        var scanner = new WatermarkScanner(WatermarkKey.Default);
        read(path, new ScannerSink(scanner));
        Refuse(name, scanner);
    }

    public static void Refuse(string path, ReadOnlySpan<float> samples, int sampleRate)
    {
        var scanner = new WatermarkScanner(WatermarkKey.Default);
        AudioSinks.Feed(new ScannerSink(scanner), samples, sampleRate);
        Refuse(path, scanner);
    }

    private static void Refuse(string name, WatermarkScanner scanner)
    {
        var detection = scanner.Finish();
        if (detection.Found)
        {
            var start = scanner.BestSegmentStart;
            var where = start > TimeSpan.Zero ? FormattableString.Invariant($", in the {WatermarkScanner.SegmentSeconds / 60:0} minutes from {start:h\\:mm\\:ss}") : string.Empty;
            throw new ConsentRefusedException(FormattableString.Invariant(
                $"{name}: carries Narrator's watermark (score {detection.Score:0.0}{where}): it was synthesized, not recorded from the person. Synthetic speech is no consent and no reference; record the person."));
        }
    }

    // The watermark library does not depend on the audio one; this hands decoded blocks on to it.
    private sealed class ScannerSink(WatermarkScanner scanner) : IAudioSink
    {
        public void Start(int sampleRate) => scanner.Start(sampleRate);

        public void Write(ReadOnlySpan<float> samples) => scanner.Write(samples);
    }
}
