using Narrator.Core;
using Narrator.Voices;

namespace Narrator.Evaluation;

/// <summary>Word error rates need a transcript: the recognizer's, or an error naming what could not be transcribed and why.</summary>
internal static class Transcription
{
    public static string Transcribe(this IStatementRecognizer recognizer, float[] samples, int rate, string what) =>
        recognizer.Transcribe(samples, rate, out var unavailable)
        ?? throw new NarratorException($"{what}: cannot measure the word error rate: {unavailable}.");
}
