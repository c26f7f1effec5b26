using System.CommandLine;
using System.Text.Json;
using Narrator.Core;
using Narrator.Phonemes;
using Narrator.Synthesis;
using Narrator.Text;

namespace Narrator.Cli.Commands;

/// <summary>
/// <c>narrator text ids</c>: the model input ids of Narrator bundles, and their inventory, so that
/// training tokenizes exactly as the engine does.
/// </summary>
internal static class TextIdsCommand
{
    private static readonly JsonSerializerOptions Compact = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public static Command Create(CliConsole console)
    {
        var text = new Argument<string?>("text") { Description = "The text; each sentence's ids on a line of its own.", Arity = ArgumentArity.ZeroOrOne };
        var inventory = new Option<bool>("--inventory") { Description = "Print the symbol inventory (symbols by id, pad, BOS, EOS) as JSON." };
        var transcripts = new Option<string?>("--transcripts")
        {
            Description = "Read 'utterance_id|text' lines from this file ('-' for standard input) and print one JSON line per utterance: id, text, phonemes, ids.",
            HelpName = "file",
        };
        var command = new Command("ids", "Print the model input ids of Narrator bundles (lexicon phonemes with BOS and EOS), or their inventory.");
        command.Arguments.Add(text);
        command.Options.Add(inventory);
        command.Options.Add(transcripts);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var symbols = PhonemeInventory.Lexicon;
            if (parsed.GetValue(inventory))
            {
                var document = new { phonemizer = symbols.Phonemizer, symbols = symbols.Symbols, pad = PhonemeInventory.Pad, bos = PhonemeInventory.Bos, eos = PhonemeInventory.Eos, padId = symbols.PadId, bosId = symbols.BosId, eosId = symbols.EosId };
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(document, Indented)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (parsed.GetValue(transcripts) is { } path)
            {
                await WriteTranscriptsAsync(console, path, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var phonemizer = LexiconPhonemizer.CreateDefault();
            var normalizer = EnglishNormalizer.Create();

            var input = parsed.GetValue(text) ?? (console.InputRedirected
                ? await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false)
                : throw new NarratorException("There is no text: give it as an argument, on standard input, or with --transcripts."));
            foreach (var utterance in new SentenceSegmenter().Split(input))
            {
                var ids = symbols.ToIds(phonemizer.Phonemize(normalizer.Normalize(utterance.Text).Spoken));
                await console.Out.WriteLineAsync(string.Join(' ', ids)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteTranscriptsAsync(CliConsole console, string path, CancellationToken cancellationToken)
    {
        var frontend = new TranscriptIds();
        using var reader = path == "-" ? null : OpenTranscripts(path);
        var input = reader ?? console.In;
        var number = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0)
            {
                throw new NarratorException($"{path}:{number}: expected 'utterance_id|text', got '{line}'.");
            }

            var converted = frontend.Convert(line[(bar + 1)..]);
            var record = new { id = line[..bar], text = converted.Spoken, phonemes = converted.Phonemes.ToString(), ids = converted.Ids };
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(record, Compact)).ConfigureAwait(false);
        }
    }

    private static StreamReader OpenTranscripts(string path) =>
        File.Exists(path) ? new StreamReader(path) : throw new NarratorException($"{path}: no such transcript file.");
}
