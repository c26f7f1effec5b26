using System.CommandLine;

namespace Narrator.Cli;

internal static class GlobalOptions
{
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show stack traces and details of failures.",
        Recursive = true,
    };
}
