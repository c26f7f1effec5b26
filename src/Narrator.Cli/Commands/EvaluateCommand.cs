using System.CommandLine;
using System.Globalization;
using Narrator.Evaluation;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate encoder</c>: the speaker encoder's equal error rate on held-out readers.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("evaluate", "Measure models on data sets (figures for the README, not tests).");
        command.Subcommands.Add(Encoder(console));
        command.Subcommands.Add(EvaluateConsentCommand.Create(console));
        command.Subcommands.Add(WatermarkEvaluationCommand.Create(console));
        command.Subcommands.Add(VoiceEvaluationCommand.Create(console));
        command.Subcommands.Add(AdaptationEvaluationCommand.Create(console));
        command.Subcommands.Add(TextEvaluationCommand.Create(console));
        command.Subcommands.Add(TranscriptCheckCommand.Create(console));
        command.Subcommands.Add(ProofCalibrationCommand.Create(console));
        command.Subcommands.Add(CastEvaluationCommand.Create(console));
        return command;
    }

    private static Command Encoder(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): librispeech_train-clean-100/<reader>/*.flac and splits/encoder-heldout.txt.", Required = true, HelpName = "folder" };
        var voice = new Option<string?>("--voice", "-v") { Description = "The Narrator bundle whose encoder is measured. [default: the default stock voice]", HelpName = "bundle" };
        var segment = new Option<double>("--segment") { Description = "Seconds per segment: each held-out clip is cut into segments of this length.", DefaultValueFactory = _ => 3.0, HelpName = "seconds" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("encoder", "Equal error rate of the speaker encoder on the held-out readers (same reader vs different readers, segment pairs).");
        foreach (var option in new Option[] { data, voice, segment, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var bundle = EmbedCommand.Open(parsed.GetValue(voice));
            var figures = EncoderEvaluation.Measure(parsed.GetValue(data)!, bundle, parsed.GetValue(segment), cancellationToken);
            var eer = figures.Eer;
            if (parsed.GetValue(json))
            {
                var report = new { encoder = figures.EncoderId, readers = figures.Readers, segments = figures.Segments, skippedSegments = figures.Skipped, segmentSeconds = figures.SegmentSeconds, eer = eer.Rate, threshold = eer.Threshold, targetTrials = eer.Targets, nonTargetTrials = eer.NonTargets, targetMean = figures.TargetMean, nonTargetMean = figures.NonTargetMean };
                await console.Out.WriteLineAsync(ReportJson.Serialize(report)).ConfigureAwait(false);
            }
            else
            {
                await console.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Encoder {figures.EncoderId}: EER {eer.Rate * 100:0.0}% at cosine {eer.Threshold:0.000} over {figures.Readers} held-out readers, {figures.Segments} segments of {figures.SegmentSeconds:0.#} s ({figures.Skipped} with too little speech skipped; {eer.Targets} same-reader and {eer.NonTargets} different-reader pairs; mean cosine {figures.TargetMean:0.000} vs {figures.NonTargetMean:0.000}).")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
