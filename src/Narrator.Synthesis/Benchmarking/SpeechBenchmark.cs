using System.Diagnostics;

namespace Narrator.Synthesis.Benchmarking;

/// <summary>
/// Times a synthesizer on a fixed passage: the project's one source of speed figures.
/// One warm-up, then <c>runs</c> timed runs; the median run is reported.
/// </summary>
public static class SpeechBenchmark
{
    /// <summary>The fixed passage: about 140 words over eight sentences, numbers and dialogue included.</summary>
    public const string Passage =
        "The lighthouse keeper climbed the one hundred and twelve steps every evening at dusk. " +
        "On the night of October 3, 1921, the lamp would not light, and the fog rolled in from the sea. " +
        "\"We have perhaps twenty minutes,\" he told his daughter, \"before the first ship passes the rocks.\" " +
        "She ran down to the shed for the spare wick while he cleaned the glass with a cloth soaked in oil. " +
        "At 9:45 pm the beam swept across the water again, steady and bright. " +
        "Far out, a steamer answered with three long blasts of its horn. " +
        "The keeper wrote in his log that the repair had cost $4.50 and one burned thumb. " +
        "Then he sat by the window, listening to the waves, until the morning came.";

    /// <summary>
    /// Times <paramref name="synthesizer"/> on <see cref="Passage"/> along <paramref name="path"/>: one warm-up, then
    /// <paramref name="runs"/> (at least 1) timed runs; the median run's figures and stage breakdown are reported.
    /// Time to first audio is always the streaming path's. <paramref name="loadTime"/> is reported as it is.
    /// </summary>
    public static async Task<BenchmarkResult> RunAsync(Synthesizer synthesizer, int runs, TimeSpan loadTime, BenchmarkPath path = BenchmarkPath.Streaming, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(synthesizer);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var utterances = synthesizer.Prepare(Passage).Count;

        await foreach (var _ in synthesizer.SynthesizeAsync("Warming up.", cancellationToken).ConfigureAwait(false))
        {
        }

        var timed = new List<TimedRun>();
        for (var run = 0; run < runs; run++)
        {
            timed.Add(path == BenchmarkPath.Streaming
                ? await StreamAsync(synthesizer, cancellationToken).ConfigureAwait(false)
                : await BatchAsync(synthesizer, cancellationToken).ConfigureAwait(false));
        }

        var median = timed.OrderBy(r => r.Seconds).ElementAt(timed.Count / 2);
        using var process = Process.GetCurrentProcess();
        return new BenchmarkResult
        {
            Voice = synthesizer.Voice.Name,
            ExecutionProvider = synthesizer.Voice.ExecutionProvider,
            Path = path,
            BatchSize = synthesizer.Options.BatchSize,
            Runs = runs,
            Utterances = utterances,
            AudioSeconds = (double)median.Samples / synthesizer.SampleRate,
            ComputeSeconds = median.Seconds,
            FrontendSeconds = median.Frontend.TotalSeconds,
            ModelSeconds = median.Model.TotalSeconds,
            WatermarkSeconds = median.Watermark.TotalSeconds,
            TimeToFirstAudioSeconds = Median(timed.Select(r => r.FirstAudio).ToList()),
            LoadSeconds = loadTime.TotalSeconds,
            PeakMemoryBytes = process.PeakWorkingSet64,
        };
    }

    private static async Task<TimedRun> StreamAsync(Synthesizer synthesizer, CancellationToken cancellationToken)
    {
        synthesizer.Stages.Reset();
        var clock = Stopwatch.StartNew();
        double? firstAudio = null;
        var samples = 0L;
        await foreach (var chunk in synthesizer.SynthesizeAsync(Passage, cancellationToken).ConfigureAwait(false))
        {
            firstAudio ??= clock.Elapsed.TotalSeconds;
            samples += chunk.Samples.Length;
        }

        return Finished(synthesizer, clock, samples, firstAudio ?? 0);
    }

    private static async Task<TimedRun> BatchAsync(Synthesizer synthesizer, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        double firstAudio = 0;
        await foreach (var _ in synthesizer.SynthesizeAsync(Passage, cancellationToken).ConfigureAwait(false))
        {
            firstAudio = clock.Elapsed.TotalSeconds;
            break;
        }

        synthesizer.Stages.Reset();
        clock.Restart();
        var samples = (await synthesizer.SynthesizeAllAsync(Passage, cancellationToken).ConfigureAwait(false)).Length;
        return Finished(synthesizer, clock, samples, firstAudio);
    }

    private static TimedRun Finished(Synthesizer synthesizer, Stopwatch clock, long samples, double firstAudio)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        var stages = synthesizer.Stages;
        return new TimedRun(seconds, samples, firstAudio, stages.Frontend, stages.Model, stages.Watermark);
    }

    private sealed record TimedRun(double Seconds, long Samples, double FirstAudio, TimeSpan Frontend, TimeSpan Model, TimeSpan Watermark);

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
