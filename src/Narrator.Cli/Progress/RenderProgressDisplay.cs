using Narrator.Rendering;
using Spectre.Console;

namespace Narrator.Cli.Progress;

/// <summary>Runs a render with progress bars on a terminal, or progress lines on stderr otherwise.</summary>
internal static class RenderProgressDisplay
{
    public static async Task<RenderReport> RunAsync(CliConsole console, Func<IRenderProgress, Task<RenderReport>> render)
    {
        if (!console.Interactive)
        {
            return await render(new LineProgress(console.Error)).ConfigureAwait(false);
        }

        RenderReport? report = null;
        var terminal = Terminal.Create(console.Error, interactive: true);
        await terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new RealTimeFactorColumn())
            .StartAsync(async context =>
            {
                var bars = new BarProgress(context, terminal);
                report = await render(bars).ConfigureAwait(false);
                bars.Finish();
            })
            .ConfigureAwait(false);
        return report!;
    }
}
