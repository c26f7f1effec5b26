using Narrator.Core;

namespace Narrator.Voices.Embeddings;

/// <summary>
/// Checks a reference recording before its embedding is made: the sample rate, and how much of it
/// is speech (frames of 20 ms above a level that adapts to the recording's loudest part).
/// </summary>
public static class ReferenceRecording
{
    public const int MinimumSampleRate = 16000;

    /// <summary>Seconds of speech: 20 ms frames within 40 dB of the loudest frame and above −55 dBFS.</summary>
    public static double SpeechSeconds(ReadOnlySpan<float> samples, int sampleRate)
    {
        var frame = Math.Max(1, sampleRate / 50);
        var levels = new List<double>();
        for (var start = 0; start + frame <= samples.Length; start += frame)
        {
            var sum = 0.0;
            foreach (var s in samples.Slice(start, frame))
            {
                sum += s * s;
            }

            levels.Add(Math.Sqrt(sum / frame));
        }

        if (levels.Count == 0)
        {
            return 0;
        }

        var floor = Math.Max(levels.Max() * 0.01, Math.Pow(10, -55 / 20.0));
        return levels.Count(l => l > floor) * frame / (double)sampleRate;
    }

    public static void Check(string path, ReadOnlySpan<float> samples, int sampleRate, double minimumSpeechSeconds)
    {
        if (sampleRate < MinimumSampleRate)
        {
            throw new NarratorException($"{path}: recorded at {sampleRate} Hz; references need at least {MinimumSampleRate} Hz.");
        }

        var speech = SpeechSeconds(samples, sampleRate);
        if (speech < minimumSpeechSeconds)
        {
            var what = speech == 0 ? "is silent" : $"has only {speech:0.0} s of speech";
            throw new NarratorException($"{path}: {what} ({samples.Length / (double)sampleRate:0.0} s long); a reference needs at least {minimumSpeechSeconds:0.0} s of speech.");
        }
    }
}
