using System.CommandLine;
using Narrator.Evaluation;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate watermark</c>: the figures of <see cref="WatermarkEvaluation"/>.</summary>
internal static class WatermarkEvaluationCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): cmu_arctic/<speaker>/*.flac and librispeech_train-clean-100/<reader>/<chapter>/*.flac.", Required = true, HelpName = "folder" };
        var clips = new Option<int>("--clips") { Description = "How many LibriSpeech clips of 10 s or more to mark and attack (every clip is used for false positives).", DefaultValueFactory = _ => 20, HelpName = "count" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("watermark", "Watermark robustness (codecs, resampling, noise, excerpts), false positives, level and cost on natural speech.");
        foreach (var option in new Option[] { data, clips, json, WatermarkCommand.KeyOption })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var key = WatermarkCommand.Key(parsed.GetValue(WatermarkCommand.KeyOption));
            var results = await WatermarkEvaluation.MeasureAsync(parsed.GetValue(data)!, key, parsed.GetValue(clips), cancellationToken).ConfigureAwait(false);
            await WatermarkEvaluationReport.WriteAsync(console, results, parsed.GetValue(json)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
