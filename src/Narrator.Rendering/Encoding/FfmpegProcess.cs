using System.Diagnostics;

namespace Narrator.Rendering.Encoding;

/// <summary>Receives ffmpeg's standard input; runs on a worker thread.</summary>
internal delegate void StandardInputWriter(Stream input, CancellationToken cancellationToken);

/// <summary>
/// Runs ffmpeg or ffprobe with an argument list (no shell quoting), captures stdout and stderr,
/// kills the process on cancellation, and on failure throws with the last lines of stderr. The
/// child ends when Narrator ends, however it ends (see <see cref="ParentWatch"/>).
/// </summary>
internal static class FfmpegProcess
{
    private const int TailLines = 8;

    public static async Task<(string Output, string Errors)> RunAsync(
        string executable, IEnumerable<string> arguments, string what, StandardInputWriter? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ParentWatch.Shell(executable))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in ParentWatch.Arguments(executable, arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new RenderException($"{what}: cannot start {executable} ({e.Message}). Install the Debian package 'ffmpeg'.", inner: e);
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        Exception? inputFailure = null;
        using (cancellationToken.Register(() => Kill(process)))
        {
            if (input is not null)
            {
                inputFailure = await Task.Run(() => Feed(process, input, cancellationToken), CancellationToken.None).ConfigureAwait(false);
            }

            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var stderr = await errors.ConfigureAwait(false);
        var stdout = await output.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (ParentWatch.Supported && process.ExitCode is ParentWatch.NotExecutable or ParentWatch.NotFound)
        {
            throw new RenderException($"{what}: cannot start {executable} ({Tail(stderr)}). Install the Debian package 'ffmpeg'.");
        }

        if (process.ExitCode != 0)
        {
            throw new RenderException($"{what}: {Path.GetFileName(executable)} failed (exit code {process.ExitCode}): {Tail(stderr)}", Core.ErrorKind.Internal, inputFailure);
        }

        if (inputFailure is not null)
        {
            throw inputFailure is OperationCanceledException ? inputFailure : new RenderException($"{what}: {inputFailure.Message}", ErrorKind(inputFailure), inputFailure);
        }

        return (stdout, stderr);
    }

    private static Exception? Feed(Process process, StandardInputWriter input, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = process.StandardInput.BaseStream;
            input(stream, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or Core.NarratorException)
        {
            Kill(process);
            return e;
        }
    }

    private static Core.ErrorKind ErrorKind(Exception e) => e is Core.NarratorException n ? n.Kind : Core.ErrorKind.Internal;

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // The process has already exited.
        }
    }

    private static string Tail(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", lines.TakeLast(TailLines));
    }
}
