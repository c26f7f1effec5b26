namespace Narrator.Synthesis.Benchmarking;

/// <summary>Speed figures of one benchmark: what ran, where, and how fast.</summary>
public sealed record BenchmarkResult
{
    public required string Voice { get; init; }

    public required string ExecutionProvider { get; init; }

    public required int BatchSize { get; init; }

    public required int Runs { get; init; }

    public required int Utterances { get; init; }

    /// <summary>Seconds of audio produced by one run.</summary>
    public required double AudioSeconds { get; init; }

    /// <summary>Median seconds of compute for one run, text frontend included.</summary>
    public required double ComputeSeconds { get; init; }

    /// <summary>Median seconds from the call until the first chunk of audio arrives.</summary>
    public required double TimeToFirstAudioSeconds { get; init; }

    public required double LoadSeconds { get; init; }

    public required long PeakMemoryBytes { get; init; }

    /// <summary>Seconds of compute per second of audio; below 1 is faster than real time.</summary>
    public double RealTimeFactor => ComputeSeconds / AudioSeconds;

    public double AudioSecondsPerSecond => AudioSeconds / ComputeSeconds;
}
