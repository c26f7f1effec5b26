using System.CommandLine;
using System.Globalization;
using Narrator.Models;
using Narrator.Voices;
using Spectre.Console;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator voice train</c>: adapt an enrolled voice's model to its script takes.</summary>
internal static class VoiceTrainCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The enrolled voice's id (enrolled with --recordings)." };
        var store = VoiceStoreOption.Create();
        var minutes = new Option<double>("--max-minutes")
        {
            Description = "Wall-clock budget of the whole training, counted over interrupted and resumed runs.",
            DefaultValueFactory = _ => new AdaptationOptions().MaxMinutes,
            HelpName = "minutes",
        };
        var steps = new Option<int>("--steps") { Description = "Training steps (batches of up to 16 takes); training ends at whichever of these and the budget comes first.", DefaultValueFactory = _ => new AdaptationOptions().Steps };
        var cpu = new Option<bool>("--cpu") { Description = "Train on the CPU even where PyTorch sees a CUDA GPU." };
        var threads = new Option<int>("--threads") { Description = "CPU threads for training. [default: up to 4]" };
        var restart = new Option<bool>("--restart") { Description = "Start again from the base model, discarding an earlier adaptation or an unfinished training." };
        var command = new Command("train", "Adapt an enrolled voice's acoustic model to its script takes, so that it sounds like the person rather than like the base voice steered by an embedding. Trains with PyTorch (python3-torch, python3-onnx) on the CPU or a CUDA GPU; about an hour on two CPU cores for 10 minutes of takes. Interrupted, the same command continues where it stopped.")
        {
            id, store, minutes, steps, cpu, threads, restart,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var voices = VoiceStore.At(VoiceStore.Locate(parsed.GetValue(store)));
            var options = new AdaptationOptions
            {
                MaxMinutes = parsed.GetValue(minutes),
                Steps = parsed.GetValue(steps),
                CpuOnly = parsed.GetValue(cpu),
                Threads = parsed.GetValue(threads),
                Restart = parsed.GetValue(restart),
            };
            var execution = parsed.GetValue(cpu) ? new ExecutionOptions { Device = ExecutionDevice.Cpu } : ExecutionOptions.Default;
            var voice = parsed.GetValue(id)!;
            var today = DateOnly.FromDateTime(DateTime.Now);
            var adaptation = console.Interactive
                ? await WithBarAsync(console, voice, progress => VoiceTrainer.TrainAsync(voices, voice, options, execution, progress, today, cancellationToken)).ConfigureAwait(false)
                : await VoiceTrainer.TrainAsync(voices, voice, options, execution, new LineReport(console.Error), today, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"Adapted '{voice}': {Describe(adaptation)}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One line for people: minutes of takes, steps, time and likeness.</summary>
    public static string Describe(AdaptationRecord a)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{a.SpeechMinutes:0.0} minutes of speech in {a.Takes} takes, {a.Steps} steps in {a.TrainingMinutes:0.0} minutes on {a.TrainedAt:yyyy-MM-dd}");
        return a.Likeness is { } l
            ? text + string.Create(CultureInfo.InvariantCulture, $"; likeness to the recordings {l.Adapted:0.000} (zero-shot {l.ZeroShot:0.000}) on {l.Sentences} held-out prompts")
            : text;
    }

    private static async Task<AdaptationRecord> WithBarAsync(CliConsole console, string voice, Func<IProgress<AdaptationProgress>, Task<AdaptationRecord>> train)
    {
        AdaptationRecord? result = null;
        await Terminal.Create(console.Error, interactive: true).Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Adapting {Markup.Escape(voice)}", maxValue: 1);
                result = await train(new BarReport(task)).ConfigureAwait(false);
                task.Value = task.MaxValue;
            })
            .ConfigureAwait(false);
        return result!;
    }

    private static string Status(AdaptationProgress p) => p.Stage == "likeness"
        ? "measuring the likeness"
        : string.Create(CultureInfo.InvariantCulture, $"step {p.Step}/{p.Steps}{(p.Loss is { } l ? $", loss {l:0.000}" : string.Empty)}, {Left(p.Remaining)} left");

    private static string Left(TimeSpan t) => t.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"about {Math.Ceiling(t.TotalMinutes):0} min") : "under a minute";

    private sealed class BarReport(ProgressTask task) : IProgress<AdaptationProgress>
    {
        public void Report(AdaptationProgress value)
        {
            if (value.Steps > 0)
            {
                task.MaxValue = value.Steps;
                task.Value = value.Step;
            }

            task.Description = Markup.Escape(Status(value));
        }
    }

    // Without a terminal: a line at the start, every 50 steps and at the end (the "done" event, so
    // the last step is not printed twice).
    private sealed class LineReport(TextWriter error) : IProgress<AdaptationProgress>
    {
        public void Report(AdaptationProgress value)
        {
            if (value.Stage != "progress" || (value.Step % 50 == 0 && value.Step != value.Steps))
            {
                error.WriteLine(value.Stage == "start" ? string.Create(CultureInfo.InvariantCulture, $"Training from step {value.Step} of {value.Steps}.") : Status(value));
            }
        }
    }
}
