using Narrator.Core;

namespace Narrator.Voices.Embeddings;

/// <summary>
/// Checks a reference recording before its embedding is made: the sample rate, and how much of it
/// is speech (frames of 20 ms above a level that adapts to the recording's loudest part).
/// </summary>
public static class ReferenceRecording
{
    /// <summary>Lowest sample rate accepted, in Hz.</summary>
    public const int MinimumSampleRate = 16000;

    /// <summary>Seconds of speech: 20 ms frames within 40 dB of the loudest frame and above −55 dBFS.</summary>
    public static double SpeechSeconds(ReadOnlySpan<float> samples, int sampleRate) => SpeechMeter.Of(samples, sampleRate).SpeechSeconds;

    /// <summary>Checks the recording <paramref name="path"/> names: at least <see cref="MinimumSampleRate"/> and <paramref name="minimumSpeechSeconds"/> of speech.</summary>
    /// <exception cref="NarratorException">It fails either check; the message names the file and the figure.</exception>
    public static void Check(string path, ReadOnlySpan<float> samples, int sampleRate, double minimumSpeechSeconds)
    {
        Check(path, SpeechMeter.Of(samples, sampleRate), minimumSpeechSeconds);
    }

    /// <summary>The same check on a recording measured as it was decoded.</summary>
    internal static void Check(string path, SpeechMeter meter, double minimumSpeechSeconds)
    {
        if (meter.SampleRate < MinimumSampleRate)
        {
            throw new NarratorException($"{path}: recorded at {meter.SampleRate} Hz; references need at least {MinimumSampleRate} Hz.");
        }

        var speech = meter.SpeechSeconds;
        if (speech < minimumSpeechSeconds)
        {
            var what = speech == 0 ? "is silent" : $"has only {speech:0.0} s of speech";
            throw new NarratorException($"{path}: {what} ({meter.Samples / (double)meter.SampleRate:0.0} s long); a reference needs at least {minimumSpeechSeconds:0.0} s of speech.");
        }
    }
}
