using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Narrator.Rendering.Tests.Timing;

/// <summary>
/// Runs the real epubcheck (Debian package <c>epubcheck</c>) on a book. Its launcher is an executable jar, which needs
/// binfmt support; the jar is run through java instead, which works everywhere the package is installed.
/// </summary>
internal static partial class EpubCheck
{
    private const string Jar = "/usr/share/java/epubcheck.jar";

    /// <summary>The number of errors (fatal ones included) epubcheck reports, and its whole output.</summary>
    public static (int Errors, string Output) Run(string epub)
    {
        Assert.True(File.Exists(Jar), $"{Jar} is missing: install the Debian package epubcheck (.ci/run does).");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", Jar, epub })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var all = output + errors.Result;
        var counts = Messages().Match(all);
        Assert.True(counts.Success, $"epubcheck printed no message count:\n{all}");
        return (int.Parse(counts.Groups["fatals"].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(counts.Groups["errors"].Value, System.Globalization.CultureInfo.InvariantCulture), all);
    }

    [GeneratedRegex(@"Messages: (?<fatals>\d+) fatals? / (?<errors>\d+) errors?")]
    private static partial Regex Messages();
}
