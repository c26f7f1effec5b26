using Narrator.Synthesis.Benchmarking;

namespace Narrator.Synthesis;

/// <summary>How fast a voice reads: source words per minute of audio, measured on the benchmark passage.</summary>
public static class SpeakingRate
{
    /// <summary>Speaks the benchmark passage with <paramref name="synthesizer"/> and returns its rate in source words per minute of audio (pauses included).</summary>
    public static async Task<double> MeasureAsync(Synthesizer synthesizer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(synthesizer);
        var samples = (await synthesizer.SynthesizeAllAsync(SpeechBenchmark.Passage, cancellationToken).ConfigureAwait(false)).Length;
        var words = SpeechBenchmark.Passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var minutes = samples / (double)synthesizer.SampleRate / 60;
        return minutes > 0 ? words / minutes : throw new Core.NarratorException($"Voice {synthesizer.Voice.Name} produced no audio for the rate passage.", Core.ErrorKind.Internal);
    }
}
