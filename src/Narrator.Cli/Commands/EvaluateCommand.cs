using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Narrator.Core;
using Narrator.Rendering.Encoding;
using Narrator.Voices.Embeddings;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate encoder</c>: the speaker encoder's equal error rate on held-out readers.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("evaluate", "Measure models on data sets (figures for the README, not tests).");
        command.Subcommands.Add(Encoder(console));
        command.Subcommands.Add(EvaluateConsentCommand.Create(console));
        command.Subcommands.Add(WatermarkEvaluation.Create(console));
        command.Subcommands.Add(VoiceEvaluation.Create(console));
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
            var folder = parsed.GetValue(data)!;
            using var bundle = EmbedCommand.Open(parsed.GetValue(voice));
            var extractor = new EmbeddingExtractor(bundle, AudioDecoder.Read);
            var seconds = parsed.GetValue(segment);
            var embeddings = new List<(string Reader, SpeakerEmbedding Embedding)>();
            var skipped = 0;
            foreach (var reader in HeldOutReaders(folder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var clip in Directory.EnumerateFiles(Path.Combine(folder, "librispeech_train-clean-100", reader), "*.flac").Order(StringComparer.Ordinal))
                {
                    var (samples, rate) = AudioDecoder.Read(clip);
                    var length = (int)(seconds * rate);
                    for (var start = 0; start + length <= samples.Length; start += length)
                    {
                        var segment = samples[start..(start + length)];
                        if (ReferenceRecording.SpeechSeconds(segment, rate) < bundle.Manifest.Encoder.MinSpeechSeconds)
                        {
                            skipped++; // a pause, not a sample of the reader's voice
                            continue;
                        }

                        embeddings.Add((reader, extractor.Embed($"{clip}@{start / rate}s", segment, rate)));
                    }
                }
            }

            var (targets, nonTargets) = Trials(embeddings);
            var eer = EqualErrorRate.Compute(targets, nonTargets);
            var readers = embeddings.Select(e => e.Reader).Distinct().Count();
            if (parsed.GetValue(json))
            {
                var report = new { encoder = bundle.Manifest.Encoder.Id, readers, segments = embeddings.Count, skippedSegments = skipped, segmentSeconds = seconds, eer = eer.Rate, threshold = eer.Threshold, targetTrials = eer.Targets, nonTargetTrials = eer.NonTargets, targetMean = targets.Average(), nonTargetMean = nonTargets.Average() };
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true })).ConfigureAwait(false);
            }
            else
            {
                await console.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Encoder {bundle.Manifest.Encoder.Id}: EER {eer.Rate * 100:0.0}% at cosine {eer.Threshold:0.000} over {readers} held-out readers, {embeddings.Count} segments of {seconds:0.#} s ({skipped} with too little speech skipped; {eer.Targets} same-reader and {eer.NonTargets} different-reader pairs; mean cosine {targets.Average():0.000} vs {nonTargets.Average():0.000}).")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static IEnumerable<string> HeldOutReaders(string folder)
    {
        var list = Path.Combine(folder, "splits", "encoder-heldout.txt");
        return File.Exists(list)
            ? File.ReadAllLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && Directory.Exists(Path.Combine(folder, "librispeech_train-clean-100", l)))
            : throw new NarratorException($"{list}: no such file; --data must point at the speech folder (splits/encoder-heldout.txt).");
    }

    private static (List<double> Targets, List<double> NonTargets) Trials(List<(string Reader, SpeakerEmbedding Embedding)> embeddings)
    {
        var targets = new List<double>();
        var nonTargets = new List<double>();
        for (var i = 0; i < embeddings.Count; i++)
        {
            for (var j = i + 1; j < embeddings.Count; j++)
            {
                var score = embeddings[i].Embedding.Similarity(embeddings[j].Embedding);
                (embeddings[i].Reader == embeddings[j].Reader ? targets : nonTargets).Add(score);
            }
        }

        return (targets, nonTargets);
    }
}
