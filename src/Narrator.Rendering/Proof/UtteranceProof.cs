using System.Globalization;
using Narrator.Voices;

namespace Narrator.Rendering.Proof;

/// <summary>
/// One utterance proof-listened: what the recognizer heard against the text it should say, and the longest
/// pause inside it. Suspect when nothing was heard, when a stretch inside it is silent, when a run of its words
/// in a row was heard as something else, or when its words mostly do not match (<see cref="ProofThresholds"/>).
/// </summary>
/// <param name="LongestMismatch">The longest run of the text's words in a row not heard as such (<see cref="WordAlignment"/>).</param>
/// <param name="Text">The utterance's text, as a narrator says it.</param>
/// <param name="Heard">What the recognizer heard.</param>
/// <param name="Errors">Word errors of <paramref name="Heard"/> against <paramref name="Text"/>.</param>
/// <param name="LongestPauseSeconds">The longest silence inside the utterance, in seconds.</param>
public sealed record UtteranceProof(string Text, string Heard, WordErrors Errors, int LongestMismatch, double LongestPauseSeconds)
{
    /// <summary>Scores <paramref name="samples"/> (one utterance, no pause after it) against <paramref name="text"/>.</summary>
    public static UtteranceProof Measure(string text, string heard, ReadOnlySpan<float> samples, int sampleRate)
    {
        var alignment = WordAlignment.Align(text, heard);
        return new(text, heard, new WordErrors(alignment.Errors, alignment.ReferenceWords), alignment.LongestMismatch, SpeechTiming.Measure(samples, sampleRate).LongestPauseSeconds);
    }

    /// <summary>Why the utterance is suspect, or null when it passes.</summary>
    public string? Problem => this switch
    {
        { Errors.ReferenceWords: > 0, Heard.Length: 0 } => "nothing was heard",
        { LongestPauseSeconds: > ProofThresholds.MaximumPauseSeconds } => string.Create(CultureInfo.InvariantCulture,
            $"a silence of {LongestPauseSeconds:0.0} s inside it (at most {ProofThresholds.MaximumPauseSeconds:0.0} s)"),
        { LongestMismatch: >= ProofThresholds.MismatchRun } => $"{LongestMismatch} words in a row not heard as written",
        { Errors.ReferenceWords: >= ProofThresholds.MinimumWords } when Errors.Rate > ProofThresholds.MaximumWordErrorRate => string.Create(CultureInfo.InvariantCulture,
            $"the words do not match: word error rate {Errors.Rate:P0} (at most {ProofThresholds.MaximumWordErrorRate:P0})"),
        _ => null,
    };
}
