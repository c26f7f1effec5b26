using System.CommandLine;
using Narrator.Evaluation;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate voice</c>: the figures of <see cref="VoiceEvaluator"/> for a bundle.</summary>
internal static class VoiceEvaluationCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The speech folder (shared/data/speech layout): splits/heldout.txt, cmu_arctic/<speaker>, kathleen/kathleen, librispeech_train-clean-100 and splits/encoder-heldout.txt.", Required = true, HelpName = "folder" };
        var voice = new Option<string?>("--voice", "-v") { Description = "The Narrator bundle to measure. [default: the default stock voice]", HelpName = "bundle" };
        var sentences = new Option<int>("--sentences") { Description = "Held-out prompts per stock speaker (at most those in the split).", DefaultValueFactory = _ => 49, HelpName = "count" };
        var cloneSentences = new Option<int>("--clone-sentences") { Description = "Prompts each cloned reader speaks (0 skips cloning).", DefaultValueFactory = _ => 3, HelpName = "count" };
        var noPeers = new Option<bool>("--no-peers") { Description = "Skip the peers: flite's voice of the same speaker (where flite has one) and espeak-ng reading the same prompts." };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("voice", "Intelligibility (pocketsphinx word error rate, synthesized vs natural, flite and espeak-ng), speaker similarity and a naturalness proxy (F0 median and range, F0 contour correlation and mel-cepstral distortion against the natural recordings) of a bundle's stock speakers, and clones of unseen readers.");
        foreach (var option in new Option[] { data, voice, sentences, cloneSentences, noPeers, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var bundle = EmbedCommand.Open(parsed.GetValue(voice));
            var evaluator = new VoiceEvaluator(bundle, new PocketSphinxRecognizer(), console.Error) { Peers = !parsed.GetValue(noPeers) };
            var results = await evaluator.MeasureAsync(parsed.GetValue(data)!, parsed.GetValue(sentences), parsed.GetValue(cloneSentences), cancellationToken).ConfigureAwait(false);
            await VoiceEvaluationReport.WriteAsync(console, results, parsed.GetValue(json)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
