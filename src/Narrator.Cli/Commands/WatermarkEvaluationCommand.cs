using System.CommandLine;
using Narrator.Evaluation;
using Narrator.Synthesis;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate watermark</c>: the figures of <see cref="WatermarkEvaluation"/>.</summary>
internal static class WatermarkEvaluationCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): cmu_arctic/<speaker>/*.flac and librispeech_train-clean-100/<reader>/<chapter>/*.flac.", Required = true, HelpName = "folder" };
        var clips = new Option<int>("--clips") { Description = "How many LibriSpeech clips of 10 s or more to mark and attack (every clip is used for false positives).", DefaultValueFactory = _ => 20, HelpName = "count" };
        var voice = new Option<string?>("--voice", "-v") { Description = "The voice whose own output is marked by its synthesis and attacked too, on held-out ARCTIC prompts. [default: the default voice]", HelpName = "voice" };
        var attacks = new Option<string[]>("--attack") { Description = $"Only this attack (repeat for more): {string.Join(", ", WatermarkAttacks.Names)}. [default: all]", HelpName = "name", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("watermark", "Watermark robustness (codecs, resampling, noise, excerpts) on marked natural speech and on a voice's own output, false positives, level and cost.");
        foreach (var option in new Option[] { data, clips, voice, attacks, json, WatermarkCommand.KeyOption })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var key = WatermarkCommand.Key(parsed.GetValue(WatermarkCommand.KeyOption));
            using var synthesizer = Synthesizer.Create(VoiceOptions.LoadForMeasuring(parsed.GetValue(voice), store: null, publisher: null), new SynthesisOptions { WatermarkKey = key });
            var chosen = parsed.GetValue(attacks) is { Length: > 0 } named ? named : null;
            var results = await WatermarkEvaluation.MeasureAsync(parsed.GetValue(data)!, key, parsed.GetValue(clips), synthesizer, chosen, cancellationToken).ConfigureAwait(false);
            await WatermarkEvaluationReport.WriteAsync(console, results, parsed.GetValue(json)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
