using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Narrator.Audio;
using Narrator.Core;

namespace Narrator.Server;

/// <summary>
/// Encodes the stream with an ffmpeg process: 16-bit PCM goes into its standard input as it is made, and
/// whatever it writes to standard output is copied to the response at once, so encoded audio streams too.
/// </summary>
internal sealed class FfmpegEncoder : IResponseEncoder
{
    private readonly Process _process;
    private readonly Task _copy;
    private readonly Task<string> _errors;

    private FfmpegEncoder(Process process, Stream body)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
        _copy = CopyAsync(process.StandardOutput.BaseStream, body);
    }

    public static FfmpegEncoder Start(ResponseFormat format, int sampleRate, Stream body)
    {
        var start = new ProcessStartInfo(FfmpegTool.Ffmpeg)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-hide_banner", "-nostdin", "-loglevel", "error", "-f", "s16le", "-ar", sampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "1", "-i", "pipe:0"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in format.Encoder!)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("-flush_packets");
        start.ArgumentList.Add("1");
        start.ArgumentList.Add("pipe:1");
        try
        {
            return new FfmpegEncoder(Process.Start(start) ?? throw new NarratorException("ffmpeg did not start.", ErrorKind.Internal), body);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new NarratorException($"{start.FileName} cannot run ({e.Message}); the {format.Name} format needs it. {FfmpegTool.InstallHint}", ErrorKind.Internal, e);
        }
    }

    public async Task WriteAsync(ReadOnlyMemory<float> samples, CancellationToken cancellationToken)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(samples.Length * 2);
        try
        {
            Pcm16.Encode(samples.Span, bytes);
            await _process.StandardInput.BaseStream.WriteAsync(bytes.AsMemory(0, samples.Length * 2), cancellationToken).ConfigureAwait(false);
            await _process.StandardInput.BaseStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new NarratorException($"ffmpeg stopped taking audio: {await ErrorTailAsync().ConfigureAwait(false)}", ErrorKind.Internal, e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _process.StandardInput.Close();
        await _copy.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (_process.ExitCode != 0)
        {
            throw new NarratorException($"ffmpeg failed (exit code {_process.ExitCode}): {await ErrorTailAsync().ConfigureAwait(false)}", ErrorKind.Internal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        try
        {
            await _copy.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The request ended early (client gone, or an error already reported): nothing is left to deliver.
        }

        _process.Dispose();
    }

    private static async Task CopyAsync(Stream output, Stream body)
    {
        var buffer = new byte[16384];
        int read;
        while ((read = await output.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            await body.WriteAsync(buffer.AsMemory(0, read)).ConfigureAwait(false);
            await body.FlushAsync().ConfigureAwait(false);
        }
    }

    private async Task<string> ErrorTailAsync()
    {
        if (!_process.HasExited)
        {
            return "(still running)";
        }

        var errors = (await _errors.ConfigureAwait(false)).Trim();
        return errors.Length == 0 ? "(nothing on stderr)" : errors[^Math.Min(errors.Length, 400)..];
    }
}
