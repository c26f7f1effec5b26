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

    /// <summary>Times <paramref name="synthesizer"/> on <see cref="Passage"/>: one warm-up, then <paramref name="runs"/> (at least 1) timed runs; <paramref name="loadTime"/> is reported as it is.</summary>
    public static async Task<BenchmarkResult> RunAsync(Synthesizer synthesizer, int runs, TimeSpan loadTime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(synthesizer);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var utterances = synthesizer.Prepare(Passage).Count;

        await foreach (var _ in synthesizer.SynthesizeAsync("Warming up.", cancellationToken).ConfigureAwait(false))
        {
        }

        var compute = new List<double>();
        var firstAudio = new List<double>();
        var samples = 0;
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            samples = (await synthesizer.SynthesizeAllAsync(Passage, cancellationToken).ConfigureAwait(false)).Length;
            compute.Add(clock.Elapsed.TotalSeconds);

            clock.Restart();
            await foreach (var _ in synthesizer.SynthesizeAsync(Passage, cancellationToken).ConfigureAwait(false))
            {
                firstAudio.Add(clock.Elapsed.TotalSeconds);
                break;
            }
        }

        using var process = Process.GetCurrentProcess();
        return new BenchmarkResult
        {
            Voice = synthesizer.Voice.Name,
            ExecutionProvider = synthesizer.Voice.ExecutionProvider,
            BatchSize = synthesizer.Options.BatchSize,
            Runs = runs,
            Utterances = utterances,
            AudioSeconds = (double)samples / synthesizer.SampleRate,
            ComputeSeconds = Median(compute),
            TimeToFirstAudioSeconds = Median(firstAudio),
            LoadSeconds = loadTime.TotalSeconds,
            PeakMemoryBytes = process.PeakWorkingSet64,
        };
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
