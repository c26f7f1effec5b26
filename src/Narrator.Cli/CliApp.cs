using System.CommandLine;
using System.CommandLine.Help;
using Narrator.Cli.Commands;
using Narrator.Core;

namespace Narrator.Cli;

/// <summary>Builds the <c>narrator</c> command tree and runs it with Narrator's exit codes.</summary>
internal static class CliApp
{
    public static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("Narrator: text to speech and audiobook narration with ONNX voices.");
        root.Options.Add(GlobalOptions.Verbose);
        root.Subcommands.Add(SpeakCommand.Create(console));
        root.Subcommands.Add(TextCommand.Create(console));
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(CastCommand.Create(console));
        root.Subcommands.Add(NarrateCommand.Create(console));
        root.Subcommands.Add(ProofCommand.Create(console));
        root.Subcommands.Add(ProvenanceCommand.Create(console));
        root.Subcommands.Add(EmbedCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(EvaluateCommand.Create(console));
        root.Subcommands.Add(VoiceCommand.Create(console));
        root.Subcommands.Add(WatermarkCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(QueueCommand.Create(console));
        root.Subcommands.Add(WorkerCommand.Create(console));
        if (console.HelpWidth is { } width)
        {
            // The help option is recursive: its action serves every subcommand's --help too.
            root.Options.OfType<HelpOption>().Single().Action = new HelpAction { MaxWidth = width };
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(console);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"narrator: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'narrator --help' or 'narrator <command> --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("narrator: interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            var verbose = parsed.GetValue(GlobalOptions.Verbose);
            return await ReportAsync(e, verbose, console.Error).ConfigureAwait(false);
        }
    }

    private static async Task<int> ReportAsync(Exception e, bool verbose, TextWriter error)
    {
        var (code, message) = e switch
        {
            NarratorException n => (n.Kind switch
            {
                ErrorKind.Refused => ExitCodes.Refused,
                ErrorKind.Internal => ExitCodes.Internal,
                _ => ExitCodes.BadInput,
            }, n.Message),
            // A library's argument check (an empty path, a value out of range) is the user's input: bad usage.
            ArgumentException a when a is not ArgumentNullException => (ExitCodes.BadInput, $"invalid argument: {a.Message}"),
            _ => (ExitCodes.Internal, $"internal error: {e.GetType().Name}: {e.Message}"),
        };
        await error.WriteLineAsync($"narrator: {OneLine(message)}").ConfigureAwait(false);
        if (verbose)
        {
            await error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
        }
        else if (code == ExitCodes.Internal)
        {
            await error.WriteLineAsync("Run again with --verbose for the stack trace.").ConfigureAwait(false);
        }

        return code;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
