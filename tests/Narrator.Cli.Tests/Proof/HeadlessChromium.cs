using System.Diagnostics;

namespace Narrator.Cli.Tests.Proof;

/// <summary>
/// Opens a page in the real headless Chromium (Debian package <c>chromium</c>) and returns the DOM after its scripts
/// ran, and every message the page wrote to its console (an error included).
/// </summary>
internal static class HeadlessChromium
{
    private const string Executable = "chromium";

    public static (string Dom, IReadOnlyList<string> Console) Open(string page)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=15000",
            "--enable-logging=stderr", "--v=0", "--user-data-dir=" + Path.Combine(Path.GetDirectoryName(page)!, ".chromium"), "--dump-dom", new Uri(page).AbsoluteUri,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} did not start: install the Debian package chromium (.ci/run does).");
        var errors = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{Executable} did not finish {page} in 2 minutes");
        var console = errors.Result.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return (dom, console);
    }
}
