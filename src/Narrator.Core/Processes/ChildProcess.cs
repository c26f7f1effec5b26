using System.ComponentModel;
using System.Diagnostics;

namespace Narrator.Core.Processes;

/// <summary>
/// The one way Narrator runs another program: argument lists, standard input and output streamed on
/// worker threads, standard error captured, a time limit, cancellation that kills the whole process
/// tree, and a child that dies with Narrator (<see cref="ParentWatch"/>). A program that cannot be
/// started or times out throws a <see cref="NarratorException"/> naming it; a non-zero exit code is
/// the caller's to judge.
/// </summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="run"/> to its end and returns its exit code and output; a non-zero exit code is returned, not thrown.</summary>
    /// <exception cref="NarratorException">The program cannot be started (with <see cref="ChildRun.InstallHint"/>) or ran past <see cref="ChildRun.Timeout"/>.</exception>
    /// <exception cref="ChildInputException">Writing its standard input failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the program and its children have been killed.</exception>
    public static async Task<ChildResult> RunAsync(ChildRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var start = new ProcessStartInfo(ParentWatch.Shell(run.Executable))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = run.WriteInput is not null,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in ParentWatch.Arguments(run.Executable, run.Arguments))
        {
            start.ArgumentList.Add(argument);
        }

        if (run.WorkingDirectory is { } folder)
        {
            start.WorkingDirectory = folder;
        }

        foreach (var (name, value) in run.Environment)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new NarratorException($"{run.What}: cannot start {run.Executable} ({e.Message}). {run.InstallHint}".TrimEnd(), ErrorKind.BadInput, e);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (run.Timeout is { } timeout)
        {
            limit.CancelAfter(timeout);
        }

        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var output = run.ReadOutput is { } read
            ? Task.Run(() => Drain(process, () => read(process.StandardOutput.BaseStream, limit.Token)), CancellationToken.None)
            : process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        Exception? inputFailure = null;
        using (limit.Token.Register(() => Kill(process)))
        {
            if (run.WriteInput is { } write)
            {
                inputFailure = await Task.Run(() => Feed(process, write, limit.Token), CancellationToken.None).ConfigureAwait(false);
            }

            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var stderr = await errors.ConfigureAwait(false);
        var stdout = await output.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (limit.IsCancellationRequested)
        {
            throw new NarratorException($"{run.What}: {Path.GetFileName(run.Executable)} did not finish within {run.Timeout!.Value.TotalSeconds:0} s and was stopped.", ErrorKind.Internal);
        }

        if (ParentWatch.Supported && process.ExitCode is ParentWatch.NotExecutable or ParentWatch.NotFound)
        {
            throw new NarratorException($"{run.What}: cannot start {run.Executable} ({new ChildResult(process.ExitCode, stdout, stderr).ErrorTail()}). {run.InstallHint}".TrimEnd(), ErrorKind.BadInput);
        }

        return inputFailure is null
            ? new ChildResult(process.ExitCode, stdout, stderr)
            : throw new ChildInputException(new ChildResult(process.ExitCode, stdout, stderr), inputFailure);
    }

    private static Exception? Feed(Process process, Action<Stream, CancellationToken> write, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = process.StandardInput.BaseStream;
            write(stream, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or NarratorException)
        {
            Kill(process);
            return e;
        }
    }

    // Reads the output stream to its end, so the program never blocks on a full pipe.
    private static string Drain(Process process, Action read)
    {
        try
        {
            read();
        }
        finally
        {
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        }

        return string.Empty;
    }

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
}
