using Spectre.Console;

namespace Narrator.Cli;

/// <summary>Spectre.Console over a given writer, without colour or cursor codes unless asked for.</summary>
internal static class Terminal
{
    /// <summary>Width of tables written to a pipe or a file, where there is no terminal to ask.</summary>
    private const int PipeWidth = 120;

    public static IAnsiConsole Create(TextWriter output, bool interactive = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            console.Profile.Width = PipeWidth;
        }

        return console;
    }
}
