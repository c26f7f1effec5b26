using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Narrator.Synthesis;
using Narrator.Synthesis.Benchmarking;
using Spectre.Console;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator bench</c>: speed figures of a voice on this machine.</summary>
internal static class BenchCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliConsole console)
    {
        var path = new Option<BenchmarkPath>("--path")
        {
            Description = "The path to time: streaming (utterance by utterance, what speak, narrate and serve run) or batch (the whole passage in batches of --batch).",
            HelpName = "streaming|batch",
            DefaultValueFactory = _ => BenchmarkPath.Streaming,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Utterances per model call on the batch path.",
            HelpName = "count",
            DefaultValueFactory = _ => 1,
        };
        var runs = new Option<int>("--runs")
        {
            Description = "Timed runs after one warm-up; the median is reported.",
            HelpName = "count",
            DefaultValueFactory = _ => 3,
        };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var voice = new VoiceOptions();
        var command = new Command("bench", "Measure synthesis speed on a fixed passage: real-time factor, where the time goes (frontend, models, watermark), time to first audio, load time, peak memory.");
        voice.AddTo(command);
        command.Options.Add(path);
        command.Options.Add(batch);
        command.Options.Add(runs);
        command.Options.Add(json);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(runs) < 1)
            {
                throw new Core.NarratorException("--runs must be at least 1.");
            }

            var clock = Stopwatch.StartNew();
            var options = new SynthesisOptions { Voice = voice.Settings(parsed), BatchSize = parsed.GetValue(batch), WatermarkKey = voice.Key(parsed) };
            using var synthesizer = Synthesizer.Create(voice.Load(parsed), options);
            var loadTime = clock.Elapsed;
            await DeviceReport.WriteAsync(console.Error, synthesizer.Voice).ConfigureAwait(false);
            var result = await SpeechBenchmark.RunAsync(synthesizer, parsed.GetValue(runs), loadTime, parsed.GetValue(path), cancellationToken).ConfigureAwait(false);
            var threads = parsed.GetValue(voice.Threads);
            if (parsed.GetValue(json))
            {
                var report = new
                {
                    result.Voice, result.ExecutionProvider, Threads = threads, Cores = Environment.ProcessorCount, Path = result.Path.ToString().ToLowerInvariant(), result.BatchSize, result.Runs, result.Utterances,
                    result.AudioSeconds, result.ComputeSeconds, result.FrontendSeconds, result.ModelSeconds, result.WatermarkSeconds, result.OtherSeconds,
                    result.RealTimeFactor, result.AudioSecondsPerSecond, result.TimeToFirstAudioSeconds, result.LoadSeconds, result.PeakMemoryBytes,
                };
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, JsonOptions)).ConfigureAwait(false);
            }
            else
            {
                WriteTable(console.Out, result, threads);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, BenchmarkResult result, int threads)
    {
        var culture = CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("figure").AddColumn("value");
        table.AddRow("voice", Markup.Escape(result.Voice));
        table.AddRow("device", result.ExecutionProvider);
        table.AddRow("threads", threads == 0 ? $"default ({Environment.ProcessorCount} cores)" : threads.ToString(culture));
        table.AddRow("path", result.Path == BenchmarkPath.Streaming ? "streaming" : string.Create(culture, $"batch ({result.BatchSize} utterances per call)"));
        table.AddRow("passage", string.Create(culture, $"{result.Utterances} utterances, {result.AudioSeconds:0.00} s of audio"));
        table.AddRow("compute (median of runs)", string.Create(culture, $"{result.ComputeSeconds:0.000} s over {result.Runs} runs"));
        table.AddRow("  text frontend", Share(result.FrontendSeconds, result));
        table.AddRow("  models", Share(result.ModelSeconds, result));
        table.AddRow("  watermark", Share(result.WatermarkSeconds, result));
        table.AddRow("  the rest", Share(result.OtherSeconds, result));
        table.AddRow("real-time factor", string.Create(culture, $"{result.RealTimeFactor:0.0000}"));
        table.AddRow("audio seconds per second", string.Create(culture, $"{result.AudioSecondsPerSecond:0.0}"));
        table.AddRow("time to first audio", string.Create(culture, $"{result.TimeToFirstAudioSeconds * 1000:0} ms"));
        table.AddRow("model load", string.Create(culture, $"{result.LoadSeconds:0.00} s"));
        table.AddRow("peak memory", string.Create(culture, $"{result.PeakMemoryBytes / 1048576.0:0} MiB"));
        Terminal.Create(output).Write(table);
    }

    private static string Share(double seconds, BenchmarkResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds:0.000} s ({100 * seconds / result.ComputeSeconds:0} %)");
}
