using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Phonemes.Pronunciation;
using Narrator.Synthesis;
using Narrator.Synthesis.Provenance;
using Narrator.Synthesis.Provenance.Signing;
using Narrator.Synthesis.Ssml;
using Narrator.Text.Ssml;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator speak</c>: text (argument or stdin) or an SSML document to a WAV file.</summary>
internal static class SpeakCommand
{
    public static Command Create(CliConsole console)
    {
        var text = new Argument<string?>("text")
        {
            Description = "The text to speak. Read from standard input when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The WAV file to write.",
            HelpName = "file",
            DefaultValueFactory = _ => "speech.wav",
        };
        text.Validators.Add(result =>
        {
            // System.CommandLine would take a mistyped option as the text and speak it.
            if (result.Tokens is [{ Value: var value }] && value.Length > 2 && value.StartsWith("--", StringComparison.Ordinal) && char.IsAsciiLetter(value[2]))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        });
        var voice = new VoiceOptions();
        var lexicon = LexiconOption.Create();
        var ssml = new SsmlOptions();
        var provenance = new ProvenanceOptions();
        var command = new Command("speak", "Speak text into a WAV file.");
        command.Arguments.Add(text);
        command.Options.Add(output);
        command.Options.Add(lexicon);
        ssml.AddTo(command);
        voice.AddTo(command);
        provenance.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var document = await ssml.ReadAsync(parsed, parsed.GetValue(text) is not null, console.Error, cancellationToken).ConfigureAwait(false);
            var input = document is not null ? string.Empty : parsed.GetValue(text) ?? await ReadStdinAsync(console, cancellationToken).ConfigureAwait(false);
            if (document is null && string.IsNullOrWhiteSpace(input))
            {
                throw new NarratorException("There is nothing to speak: the text is empty. Give it as an argument or on standard input.");
            }

            var path = parsed.GetValue(output)!;
            using var signer = provenance.Publisher(parsed) ?? SigningCredential.Development();
            var clock = Stopwatch.StartNew();
            var entries = LexiconOption.Entries(parsed, lexicon);
            using var synthesizer = Synthesizer.Create(voice.Load(parsed), new SynthesisOptions { Voice = voice.Settings(parsed), WatermarkKey = voice.Key(parsed), Pronunciations = PronunciationLexicon.Empty.With(entries) });
            await DeviceReport.WriteAsync(console.Error, synthesizer.Voice).ConfigureAwait(false);
            await LexiconOption.WarnUnusableAsync(console.Error, entries, synthesizer.Voice.Phonemizer.Alphabet).ConfigureAwait(false);
            var warnings = new List<SsmlWarning>();
            var heard = new List<VoiceCredit>();
            var ssmlOptions = new SsmlSpeakOptions
            {
                Voices = name => voice.LoadNamed(parsed, name, null),
                Warn = warnings.Add,
                // One watermark, the first voice's, runs under the whole document: no voice carries a payload of its own.
                Heard = (name, spoken) => heard.Add(VoiceCredit.Of(spoken, [name is null ? "text outside <voice>" : $"<voice name=\"{name}\">"], ownWatermark: false)),
            };
            var audio = document is null ? synthesizer.SynthesizeAsync(input, cancellationToken) : synthesizer.SynthesizeAsync(document, ssmlOptions, cancellationToken);
            var duration = await WavFile.WriteAsync(path, audio, cancellationToken).ConfigureAwait(false);
            foreach (var warning in warnings)
            {
                await SsmlOptions.WarnAsync(console.Error, warning).ConfigureAwait(false);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var record = ProvenanceRecord.For(synthesizer.Voice, watermarkKey: voice.Key(parsed));
            if (heard.Count > 1 || heard.Any(h => h.VoiceFingerprint != synthesizer.Voice.Fingerprint))
            {
                record = record with { Voices = heard };
            }

            EmbeddedProvenance.Sign(path, record, signer);
            record.WriteSidecar(path);
            await DeviceReport.WriteUnknownSymbolsAsync(console.Error, synthesizer.Voice).ConfigureAwait(false);
            await console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {path}: {duration.TotalSeconds:0.00} s of audio at {synthesizer.SampleRate} Hz in {seconds:0.00} s ({duration.TotalSeconds / seconds:0.0}x real time).")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<string> ReadStdinAsync(CliConsole console, CancellationToken cancellationToken)
    {
        if (!console.InputRedirected)
        {
            throw new NarratorException("There is no text to speak: give it as an argument or pipe it on standard input.");
        }

        return await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
