using Spectre.Console;

namespace Narrator.Cli;

/// <summary>Spectre.Console over a given writer, without colour or cursor codes unless asked for.</summary>
internal static class Terminal
{
    public static IAnsiConsole Create(TextWriter output, bool interactive = false) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        Out = new AnsiConsoleOutput(output),
    });
}
