using System.CommandLine;
using Narrator.Evaluation;
using Narrator.Synthesis;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator evaluate text</c>: the figures of <see cref="TextEvaluation"/> for the default voice's frontend.</summary>
internal static class TextEvaluationCommand
{
    public static Command Create(CliConsole console)
    {
        var list = new Option<string?>("--list") { Description = "A test list (category | sentence | expected, see the built-in list's header). [default: Narrator's held-out list]", HelpName = "file" };
        var failures = new Option<bool>("--failures") { Description = "Also print each miss: the sentence, what was expected and what was read." };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var command = new Command("text", "Accuracy of the text frontend (normalization and pronunciation) per category, reading each sentence of a test list as speak does with the default voice.");
        foreach (var option in new Option[] { list, failures, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var tests = parsed.GetValue(list) is { } path ? TextTestList.FromFile(path) : TextTestList.BuiltIn();
            using var synthesizer = Synthesizer.Create(VoiceOptions.LoadForMeasuring(voice: null, store: null, publisher: null));
            var results = TextEvaluation.Measure(tests, synthesizer);
            await TextEvaluationReport.WriteAsync(console, results, synthesizer.Voice.Name, parsed.GetValue(failures), parsed.GetValue(json)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
