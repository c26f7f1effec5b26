using System.CommandLine;
using Narrator.Phonemes;
using Narrator.Phonemes.Pronunciation;
using Narrator.Synthesis;
using Narrator.Text;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator text normalize|phonemes</c>: the text frontend on its own.</summary>
internal static class TextCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("text", "Run the text frontend without synthesizing.");
        command.Subcommands.Add(Normalize(console));
        command.Subcommands.Add(PhonemesCommand(console));
        command.Subcommands.Add(TextIdsCommand.Create(console));
        return command;
    }

    private static Argument<string?> TextArgument() => new("text")
    {
        Description = "The text. Read from standard input, line by line, when omitted.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static Command Normalize(CliConsole console)
    {
        var text = TextArgument();
        var heading = new Option<bool>("--heading") { Description = "Read the text as a heading (Roman numerals become numbers)." };
        var command = new Command("normalize", "Print the spoken form of text: numbers, dates, currency, abbreviations as words.");
        command.Arguments.Add(text);
        command.Options.Add(heading);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var normalizer = EnglishNormalizer.Create();
            var context = parsed.GetValue(heading) ? TextContext.Heading : TextContext.Body;
            await foreach (var line in Lines(console, parsed.GetValue(text), cancellationToken).ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync(normalizer.Normalize(line, context).Spoken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command PhonemesCommand(CliConsole console)
    {
        var text = TextArgument();
        var phonemizer = new Option<string>("--phonemizer")
        {
            Description = "How words become phonemes: lexicon (CMU dictionary, ARPAbet) or espeak (espeak-ng IPA, as Piper voices use).",
            DefaultValueFactory = _ => "lexicon",
        };
        phonemizer.AcceptOnlyFromAmong("lexicon", "espeak");
        var language = new Option<string>("--espeak-voice")
        {
            Description = "The espeak-ng voice (language) for --phonemizer espeak, e.g. en-gb.",
            HelpName = "voice",
            DefaultValueFactory = _ => "en-us",
        };
        var command = new Command("phonemes", "Print the phonemes of each sentence of the text.");
        command.Arguments.Add(text);
        var lexicon = LexiconOption.Create();
        command.Options.Add(phonemizer);
        command.Options.Add(language);
        command.Options.Add(lexicon);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            IPhonemizer engine = parsed.GetValue(phonemizer) == "espeak"
                ? EspeakPhonemizer.Create(parsed.GetValue(language)!)
                : LexiconPhonemizer.CreateDefault();
            var entries = LexiconOption.Entries(parsed, lexicon);
            var chosen = new PronouncingPhonemizer(engine, PronunciationLexicon.Empty.With(entries));
            await LexiconOption.WarnUnusableAsync(console.Error, entries, engine.Alphabet).ConfigureAwait(false);
            var segmenter = new SentenceSegmenter();
            var normalizer = EnglishNormalizer.Create();
            await foreach (var line in Lines(console, parsed.GetValue(text), cancellationToken).ConfigureAwait(false))
            {
                foreach (var utterance in segmenter.Split(line))
                {
                    var spoken = normalizer.Normalize(utterance.Text).Spoken;
                    await console.Out.WriteLineAsync(chosen.Phonemize(spoken).ToString()).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async IAsyncEnumerable<string> Lines(CliConsole console, string? argument, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (argument is not null)
        {
            foreach (var line in argument.ReplaceLineEndings("\n").Split('\n'))
            {
                yield return line;
            }

            yield break;
        }

        if (!console.InputRedirected)
        {
            throw new Core.NarratorException("There is no text: give it as an argument or on standard input.");
        }

        while (await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            yield return line;
        }
    }
}
