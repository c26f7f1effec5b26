using System.CommandLine;
using System.Globalization;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Models.Bundles;
using Narrator.Phonemes;
using Narrator.Synthesis.Voices;
using Narrator.Voices.Embeddings;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator embed</c>: recordings to a speaker embedding file with a bundle's encoder.</summary>
internal static class EmbedCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("recordings") { Description = "Recordings of one speaker (WAV, FLAC, MP3…; 16 kHz or more).", Arity = ArgumentArity.OneOrMore };
        var voice = new Option<string?>("--voice", "-v") { Description = "The Narrator bundle whose encoder makes the embedding. [default: the default stock voice]", HelpName = "bundle" };
        var output = new Option<string>("--out", "-o") { Description = "The embedding file to write.", DefaultValueFactory = _ => "embedding.json", HelpName = "file" };
        var command = new Command("embed", "Make a speaker embedding from recordings, for 'speak --embedding'.");
        command.Arguments.Add(files);
        command.Options.Add(voice);
        command.Options.Add(output);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var bundle = Open(parsed.GetValue(voice));
            var extractor = new EmbeddingExtractor(bundle, AudioDecoder.Stream);
            var paths = parsed.GetValue(files)!;
            var each = paths.Select(p =>
            {
                // Decoded once, block by block: an hour of recording is never held whole.
                var (embedding, speech) = (extractor.StartEmbedding(p), new SpeechMeter());
                AudioDecoder.Stream(p, AudioSinks.All(embedding, speech));
                return (Path: p, Embedding: embedding.Finish(), Seconds: speech.SpeechSeconds);
            }).ToList();
            var mean = SpeakerEmbedding.Average(each.Select(e => e.Embedding).ToList());
            var path = parsed.GetValue(output)!;
            await mean.SaveAsync(path, paths).ConfigureAwait(false);
            foreach (var (file, embedding, seconds) in each)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file}: {seconds:0.0} s of speech, similarity to the mean {embedding.Similarity(mean):0.000}")).ConfigureAwait(false);
            }

            await console.Out.WriteLineAsync($"Wrote {path}: the embedding of {paths.Length} recording(s), encoder {mean.EncoderId}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static NarratorBundle Open(string? voice) =>
        NarratorBundle.FromDirectory(VoiceEnrollCommand.BundleFolder(voice), PhonemeInventory.Lexicon.Symbols);
}
