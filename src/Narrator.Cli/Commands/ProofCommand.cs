using System.CommandLine;
using System.Text.Json;
using Narrator.Rendering.Proof;
using Narrator.Voices;

namespace Narrator.Cli.Commands;

/// <summary><c>narrator proof &lt;render-folder&gt;</c>: proof-listens a finished render from its chapter files (<see cref="RenderProof"/>).</summary>
internal static class ProofCommand
{
    /// <summary>As report.json's proof section has it.</summary>
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("render-folder") { Description = "The folder narrate wrote (its --out)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("proof", "Proof-listen a render: hear every utterance of its chapter files as they are now (also after editing), list the suspect ones, and rewrite report.json's proof section and proof.html.") { folder, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var root = parsed.GetValue(folder)!;
            var report = await RenderProof.CheckAsync(root, PocketSphinxBatch.Default, cancellationToken).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, Json)).ConfigureAwait(false);
            }
            else
            {
                foreach (var suspect in report.Suspects)
                {
                    await console.Out.WriteLineAsync(ProofLines.Suspect(suspect)).ConfigureAwait(false);
                }

                await console.Out.WriteLineAsync(ProofLines.Summary(report, Path.Combine(root, ProofReport.PageName))).ConfigureAwait(false);
            }

            return report.Suspects.Count == 0 ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }
}
