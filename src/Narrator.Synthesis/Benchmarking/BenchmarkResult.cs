namespace Narrator.Synthesis.Benchmarking;

/// <summary>Speed figures of one benchmark: what ran, where, and how fast.</summary>
public sealed record BenchmarkResult
{
    /// <summary>The voice's name.</summary>
    public required string Voice { get; init; }

    /// <summary>The execution provider that ran it ("CUDA" or "CPU").</summary>
    public required string ExecutionProvider { get; init; }

    /// <summary>The path timed: streaming (what speak and narrate run) or batch.</summary>
    public required BenchmarkPath Path { get; init; }

    /// <summary>Utterances per model call on the batch path (<see cref="SynthesisOptions.BatchSize"/>).</summary>
    public required int BatchSize { get; init; }

    /// <summary>Timed runs, after one warm-up; the figures are the median run's.</summary>
    public required int Runs { get; init; }

    /// <summary>Utterances the passage is split into.</summary>
    public required int Utterances { get; init; }

    /// <summary>Seconds of audio produced by one run.</summary>
    public required double AudioSeconds { get; init; }

    /// <summary>Median seconds of compute for one run, text frontend included.</summary>
    public required double ComputeSeconds { get; init; }

    /// <summary>Seconds of the median run in the text frontend (normalization, phonemes).</summary>
    public required double FrontendSeconds { get; init; }

    /// <summary>Seconds of the median run in the voice's models.</summary>
    public required double ModelSeconds { get; init; }

    /// <summary>Seconds of the median run marking the audio.</summary>
    public required double WatermarkSeconds { get; init; }

    /// <summary>The rest of the median run: segmentation, pauses, joining chunks, scheduling.</summary>
    public double OtherSeconds => Math.Max(0, ComputeSeconds - FrontendSeconds - ModelSeconds - WatermarkSeconds);

    /// <summary>Median seconds from the call until the first chunk of audio arrives.</summary>
    public required double TimeToFirstAudioSeconds { get; init; }

    /// <summary>Seconds it took to load the voice, as the caller measured it.</summary>
    public required double LoadSeconds { get; init; }

    /// <summary>The process's peak working set after the runs, in bytes.</summary>
    public required long PeakMemoryBytes { get; init; }

    /// <summary>Seconds of compute per second of audio; below 1 is faster than real time.</summary>
    public double RealTimeFactor => ComputeSeconds / AudioSeconds;

    /// <summary>Seconds of audio per second of compute; above 1 is faster than real time.</summary>
    public double AudioSecondsPerSecond => AudioSeconds / ComputeSeconds;
}
