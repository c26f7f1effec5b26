using Narrator.Rendering.Cast;

namespace Narrator.Rendering.Proof;

/// <summary>One reading of a script line: its audio, and per utterance the chunk that says it.</summary>
internal sealed record LineReading(ScriptLine Line, IReadOnlyList<SpokenChunk> Chunks, float[] Samples)
{
    public static async Task<LineReading> SpeakAsync(CastSpeakers speakers, ScriptLine line, int retake, CancellationToken cancellationToken)
    {
        var chunks = new List<SpokenChunk>();
        await foreach (var chunk in speakers.SpeakAsync(line, retake, cancellationToken).ConfigureAwait(false))
        {
            chunks.Add(chunk);
        }

        var samples = new float[chunks.Sum(c => c.Samples.Length)];
        var at = 0;
        foreach (var chunk in chunks)
        {
            chunk.Samples.CopyTo(samples, at);
            at += chunk.Samples.Length;
        }

        return new LineReading(line, chunks, samples);
    }

    /// <summary>Each utterance's text and speech (the pause after it left out).</summary>
    public IEnumerable<(string Text, float[] Samples, int SampleRate)> Utterances(int sampleRate) =>
        Chunks.Select(c => (c.Text, Samples[(int)Math.Min(c.SpeechStart, Samples.Length)..(int)Math.Min(c.SpeechEnd, Samples.Length)], sampleRate));
}
