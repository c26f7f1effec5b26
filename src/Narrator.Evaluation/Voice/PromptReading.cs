using Narrator.Synthesis;
using Narrator.Voices;

namespace Narrator.Evaluation;

/// <summary>A voice reading prompts: the word errors pocketsphinx hears in the readings, and all their speech for one embedding.</summary>
internal static class PromptReading
{
    /// <param name="what">Names the voice in errors ("clone of 19", "adapted on 60 takes").</param>
    public static async Task<(WordErrors Errors, float[] Speech)> ReadAsync(
        Synthesizer synthesizer, IEnumerable<string> prompts, IStatementRecognizer recognizer, string what, CancellationToken cancellationToken)
    {
        var errors = WordErrors.None;
        var speech = new List<float>();
        var number = 0;
        foreach (var prompt in prompts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var audio = await synthesizer.SynthesizeAllAsync(prompt, cancellationToken).ConfigureAwait(false);
            errors += WordErrors.Measure(prompt, recognizer.Transcribe(audio, synthesizer.SampleRate, $"{what}, prompt {++number}"));
            speech.AddRange(audio);
        }

        return (errors, [.. speech]);
    }
}
