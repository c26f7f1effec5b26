namespace Narrator.Voices;

/// <summary>Speech level, the longest inner pause and the speech span of a take or an utterance, from 20 ms frame levels.</summary>
public sealed record SpeechTiming(double LevelDb, double LongestPauseSeconds, double SpanSeconds)
{
    /// <summary>Frames above 1 % of the loudest frame (and above −55 dBFS) are speech, as in <see cref="Embeddings.ReferenceRecording"/>.</summary>
    public static SpeechTiming Measure(ReadOnlySpan<float> samples, int sampleRate)
    {
        var levels = Embeddings.SpeechMeter.Of(samples, sampleRate).Levels;
        if (levels.Count == 0)
        {
            return new SpeechTiming(-100, 0, 0);
        }

        var frameSeconds = Math.Max(1, sampleRate / 50) / (double)sampleRate;
        var sorted = levels.Order().ToArray();
        var level = 20 * Math.Log10(Math.Max(sorted[(int)(0.9 * (sorted.Length - 1))], 1e-5));
        var floor = Math.Max(sorted[^1] * 0.01, Math.Pow(10, -55 / 20.0));
        int first = -1, last = -1, run = 0, longest = 0;
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] > floor)
            {
                longest = first >= 0 ? Math.Max(longest, run) : longest;
                first = first < 0 ? i : first;
                last = i;
                run = 0;
            }
            else
            {
                run++;
            }
        }

        return first < 0 ? new SpeechTiming(level, 0, 0) : new SpeechTiming(level, longest * frameSeconds, (last - first + 1) * frameSeconds);
    }
}
