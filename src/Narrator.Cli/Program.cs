namespace Narrator.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        var console = new CliConsole(Console.Out, Console.Error, Console.In, Console.IsInputRedirected)
        {
            Interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
        };
        return await CliApp.RunAsync(args, console, cancellation.Token).ConfigureAwait(false);
    }
}
