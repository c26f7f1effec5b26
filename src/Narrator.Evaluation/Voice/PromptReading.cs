using Narrator.Audio;
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
        var (errors, speech, _) = await ReadAsync(
            async (prompt, token) => (await synthesizer.SynthesizeAllAsync(prompt, token).ConfigureAwait(false), synthesizer.SampleRate),
            prompts, recognizer, what, cancellationToken).ConfigureAwait(false);
        return (errors, speech);
    }

    /// <summary>
    /// Any reader of text (our synthesis, another program): each reading goes to the recognizer at its own
    /// rate (the recognizer resamples), and the speech is kept at the first reading's rate.
    /// </summary>
    public static async Task<(WordErrors Errors, float[] Speech, int Rate)> ReadAsync(
        Func<string, CancellationToken, Task<(float[] Samples, int Rate)>> speak, IEnumerable<string> prompts, IStatementRecognizer recognizer, string what, CancellationToken cancellationToken)
    {
        var errors = WordErrors.None;
        var speech = new List<float>();
        var rate = 0;
        var number = 0;
        foreach (var prompt in prompts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (audio, audioRate) = await speak(prompt, cancellationToken).ConfigureAwait(false);
            errors += WordErrors.Measure(prompt, recognizer.Transcribe(audio, audioRate, $"{what}, prompt {++number}"));
            rate = rate == 0 ? audioRate : rate;
            speech.AddRange(audioRate == rate ? audio : Resampling.Resample(audio, audioRate, rate));
        }

        return (errors, [.. speech], rate);
    }
}
