using System.CommandLine;
using System.Globalization;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator voice script</c>: the consent statement and the prompts an actor records for <c>voice enroll --recordings</c>.</summary>
internal static class VoiceScriptCommand
{
    private const string NamePlaceholder = "[your full name]";

    public static Command Create(CliConsole console)
    {
        var sizes = string.Join(", ", RecordingScript.Sizes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} ({s.Prompts} prompts, about {s.Minutes:0} min of speech)")));
        var prompts = new Option<string>("--prompts", "-n")
        {
            Description = $"How many prompts: {sizes}; or a number from 1 to {RecordingScript.Available.Count}.",
            DefaultValueFactory = _ => "medium",
            HelpName = "size",
        };
        var name = new Option<string?>("--name") { Description = "The speaker's full name, for the consent statement. [default: a placeholder to fill in]", HelpName = "name" };
        var publisher = VoiceEnrollCommand.Publisher();
        var uses = VoiceEnrollCommand.Uses();
        var json = new Option<bool>("--json") { Description = "Print {statement, prompts: [{id, text}], estimatedMinutes} as JSON." };
        var command = new Command("script", "Print a recording script for 'voice enroll --recordings': the consent statement, then one 'id|text' line per prompt, to record as <id>.wav. The prompts are CMU ARCTIC's, phonetically balanced, in ARCTIC's order (chosen greedily for diphone coverage); the held-out ones (ids numbered by multiples of 20) are left out so a voice can be measured on text it was not made from.")
        {
            prompts, name, publisher, uses, json,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var script = RecordingScript.Take(RecordingScript.ParseSize(parsed.GetValue(prompts)!));
            var statement = ConsentStatement.Text(parsed.GetValue(name) ?? NamePlaceholder, parsed.GetValue(publisher)!, VoiceEnrollCommand.SplitUses(parsed.GetValue(uses)));
            var minutes = RecordingScript.Minutes(script.Count);
            if (parsed.GetValue(json))
            {
                await console.Out.WriteLineAsync(VoiceJson.Serialize(new { statement, estimatedMinutes = Math.Round(minutes, 1), prompts = script.Select(p => new { id = p.Id, text = p.Text }) })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await console.Out.WriteLineAsync("# Consent statement: record it as consent.wav and save the line in consent.txt (voice enroll --consent consent.wav --consent-text consent.txt).").ConfigureAwait(false);
            await console.Out.WriteLineAsync(statement).ConfigureAwait(false);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"# {script.Count} prompts, about {minutes:0.0} minutes of speech ({RecordingScript.MeanPromptSeconds:0.00} s a prompt, as the CMU ARCTIC speakers read them; allow more time for retakes). Record each as <id>.wav in one folder.")).ConfigureAwait(false);
            foreach (var prompt in script)
            {
                await console.Out.WriteLineAsync(prompt.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
