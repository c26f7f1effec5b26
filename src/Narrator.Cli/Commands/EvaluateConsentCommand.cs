using System.CommandLine;
using System.Globalization;
using Narrator.Audio;
using Narrator.Evaluation;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate consent</c>: calibrates the same-speaker threshold of enrollment's consent check.</summary>
internal static class EvaluateConsentCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): cmu_arctic/<speaker>, kathleen/kathleen, librispeech_train-clean-100/<reader> with splits/encoder-heldout.txt.", Required = true, HelpName = "folder" };
        var voice = new Option<string?>("--voice", "-v") { Description = "The Narrator bundle whose encoder is calibrated. [default: the default stock voice]", HelpName = "bundle" };
        var threshold = new Option<double>("--threshold") { Description = "The same-speaker threshold to report error rates at.", DefaultValueFactory = _ => Thresholds.SameSpeaker, HelpName = "similarity" };
        var statements = new Option<int>("--statements") { Description = "Statement-check trials: joins of 3 held-out ARCTIC sentences transcribed by pocketsphinx (0 skips them).", DefaultValueFactory = _ => 30, HelpName = "count" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("consent", "Same-speaker vs different-speaker similarity as enrollment sees it (mean of 3 references vs a held-out clip), with error rates at the threshold; and the share of a statement's words the recognizer hears when it is read and when it is not.") { data, voice, threshold, statements, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var bundle = VoiceResolver.Resolve(parsed.GetValue(voice), VoiceResolver.DefaultStockFolder);
            using var embedder = BundleEmbedder.FromDirectory(bundle.Path);
            var report = ConsentCalibration.Run(SpeechCorpus.CalibrationSpeakers(parsed.GetValue(data)!), embedder, AudioDecoder.Read, parsed.GetValue(threshold));
            var (matched, mismatched) = parsed.GetValue(statements) > 0
                ? StatementCalibration.Run(StatementCalibration.Recordings(parsed.GetValue(data)!).Take(parsed.GetValue(statements)), new PocketSphinxRecognizer(), cancellationToken)
                : ([], []);
            double[] percents = [1, 5, 25, 50, 75, 95, 99];
            var eer = report.EqualError;
            if (parsed.GetValue(json))
            {
                await console.Out.WriteLineAsync(VoiceJson.Serialize(new
                {
                    encoder = report.EncoderId,
                    speakers = report.Speakers,
                    threshold = report.Threshold,
                    falseRejectRate = report.FalseRejectRate,
                    falseAcceptRate = report.FalseAcceptRate,
                    eer = eer.Rate,
                    eerThreshold = eer.Threshold,
                    same = percents.ToDictionary(p => $"p{p}", p => CalibrationReport.Percentile(report.Same, p)),
                    different = percents.ToDictionary(p => $"p{p}", p => CalibrationReport.Percentile(report.Different, p)),
                    sameTrials = report.Same.Count,
                    differentTrials = report.Different.Count,
                    skipped = report.Skipped,
                    statement = matched.Count == 0 ? null : new
                    {
                        threshold = Thresholds.StatementWordsRecognized,
                        trials = matched.Count,
                        read = percents.ToDictionary(p => $"p{p}", p => CalibrationReport.Percentile(matched, p)),
                        notRead = percents.ToDictionary(p => $"p{p}", p => CalibrationReport.Percentile(mismatched, p)),
                        falseRejectRate = Below(matched),
                        falseAcceptRate = 1 - Below(mismatched),
                    },
                })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            string Row(IReadOnlyList<double> values) => string.Join("  ", percents.Select(p => string.Create(CultureInfo.InvariantCulture, $"p{p}={CalibrationReport.Percentile(values, p):0.000}")));
            foreach (var skipped in report.Skipped)
            {
                await console.Error.WriteLineAsync($"skipped {skipped}").ConfigureAwait(false);
            }

            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Encoder {report.EncoderId}, {report.Speakers} speakers")).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"same speaker ({report.Same.Count}):      {Row(report.Same)}").ConfigureAwait(false);
            await console.Out.WriteLineAsync($"different speakers ({report.Different.Count}): {Row(report.Different)}").ConfigureAwait(false);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"At threshold {report.Threshold:0.000}: false reject {report.FalseRejectRate:P1}, false accept {report.FalseAcceptRate:P1}; equal error {eer.Rate:P1} at {eer.Threshold:0.000}.")).ConfigureAwait(false);
            if (matched.Count > 0)
            {
                await console.Out.WriteLineAsync($"statement words heard, text read ({matched.Count}):     {Row(matched)}").ConfigureAwait(false);
                await console.Out.WriteLineAsync($"statement words heard, other text ({mismatched.Count}): {Row(mismatched)}").ConfigureAwait(false);
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"At {Thresholds.StatementWordsRecognized:P0} of the words: false reject {Below(matched):P1}, false accept {1 - Below(mismatched):P1}.")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static double Below(List<double> shares) => shares.Count(s => s < Thresholds.StatementWordsRecognized) / (double)shares.Count;
}
