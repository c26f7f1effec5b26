using Narrator.Audio;
using Narrator.Core;
using Narrator.Core.Processes;

namespace Narrator.Rendering.Encoding;

/// <summary>Receives ffmpeg's standard input; runs on a worker thread.</summary>
internal delegate void StandardInputWriter(Stream input, CancellationToken cancellationToken);

/// <summary>
/// Runs ffmpeg or ffprobe through Core's <see cref="ChildProcess"/> and turns its failures into
/// <see cref="RenderException"/>s with the last lines of stderr.
/// </summary>
internal static class FfmpegProcess
{
    private const string InstallHint = FfmpegTool.InstallHint;

    public static async Task<(string Output, string Errors)> RunAsync(
        string executable, IEnumerable<string> arguments, string what, StandardInputWriter? input, CancellationToken cancellationToken)
    {
        ChildResult result;
        try
        {
            result = await ChildProcess.RunAsync(
                new ChildRun
                {
                    Executable = executable,
                    Arguments = [.. arguments],
                    What = what,
                    InstallHint = InstallHint,
                    WriteInput = input is null ? null : (stream, token) => input(stream, token),
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (ChildInputException e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (e.Result.ExitCode != 0)
            {
                throw new RenderException($"{what}: {Path.GetFileName(executable)} failed (exit code {e.Result.ExitCode}): {e.Result.ErrorTail()}", ErrorKind.Internal, e.InnerException);
            }

            throw e.InnerException is OperationCanceledException canceled ? canceled
                : new RenderException($"{what}: {e.InnerException!.Message}", e.InnerException is NarratorException n ? n.Kind : ErrorKind.Internal, e.InnerException);
        }
        catch (NarratorException e) when (e is not RenderException)
        {
            throw new RenderException(e.Message, e.Kind, e.InnerException ?? e);
        }

        return result.ExitCode == 0
            ? (result.Output, result.Errors)
            : throw new RenderException($"{what}: {Path.GetFileName(executable)} failed (exit code {result.ExitCode}): {result.ErrorTail()}", ErrorKind.Internal);
    }
}
