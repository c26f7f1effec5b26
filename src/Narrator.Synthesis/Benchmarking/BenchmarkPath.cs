namespace Narrator.Synthesis.Benchmarking;

/// <summary>Which of the synthesizer's paths a benchmark times.</summary>
public enum BenchmarkPath
{
    /// <summary>Utterance by utterance as it streams (<see cref="Synthesizer.SynthesizeAsync(string, CancellationToken)"/>): what speak, narrate and the server run.</summary>
    Streaming,

    /// <summary>The whole passage at once in batches (<see cref="Synthesizer.SynthesizeAllAsync"/>).</summary>
    Batch,
}
