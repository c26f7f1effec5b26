using Narrator.Audio.Mastering;
using Narrator.Synthesis;

namespace Narrator.Rendering.Cast;

/// <summary>
/// How loud a voice speaks: the mean square, as the mastering level meter measures it, of the voice reading a
/// fixed passage. Voices of a cast are scaled to the narrator's level by it, before the chapter is mastered as a whole.
/// </summary>
internal static class SpeechLevel
{
    // Long enough to average over many phonemes, short enough to cost a moment per voice and run.
    internal const string Passage = "The little boat drifted past the harbour lights, and everyone on the shore waved and called out to the sailors.";

    public static async Task<double> MeasureAsync(Synthesizer synthesizer)
    {
        var meter = new LevelMeter();
        await foreach (var chunk in synthesizer.SynthesizeAsync(Passage).ConfigureAwait(false))
        {
            meter.Add(chunk.Samples.Span);
        }

        return meter.MeanSquare;
    }
}
