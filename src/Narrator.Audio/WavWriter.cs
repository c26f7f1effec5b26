using NAudio.Wave;
using Narrator.Core;
using Narrator.Core.IO;

namespace Narrator.Audio;

/// <summary>
/// Writes mono 16-bit PCM WAV incrementally. Samples go to a temporary file beside the target,
/// which replaces the target only in <see cref="CompleteAsync"/>: an interrupted write never
/// leaves a half-written file under the final name.
/// </summary>
public sealed class WavWriter : IAsyncDisposable, IDisposable
{
    private readonly PendingFile _file;
    private readonly WaveFileWriter _writer;
    private readonly byte[] _buffer = new byte[8192];
    private bool _completed;

    private WavWriter(PendingFile file, WaveFileWriter writer, int sampleRate)
    {
        _file = file;
        _writer = writer;
        SampleRate = sampleRate;
    }

    /// <summary>The rate written in the header, in Hz.</summary>
    public int SampleRate { get; }

    /// <summary>Samples written so far.</summary>
    public long SamplesWritten { get; private set; }

    /// <summary>Starts a mono 16-bit WAV at <paramref name="path"/> with rate <paramref name="sampleRate"/>; nothing appears under <paramref name="path"/> until <see cref="CompleteAsync"/>.</summary>
    public static WavWriter Create(string path, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
        {
            throw new AudioException($"{path}: the folder {folder} does not exist.");
        }

        PendingFile? file = null;
        try
        {
            file = PendingFile.Create(fullPath);
            return new WavWriter(file, new WaveFileWriter(file.TemporaryPath, new WaveFormat(sampleRate, 16, 1)), sampleRate);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NarratorException)
        {
            file?.Dispose();
            throw new AudioException($"{path}: cannot write here ({e.Message}).", inner: e);
        }
    }

    /// <summary>Appends <paramref name="samples"/> (clipped to [-1, 1]).</summary>
    /// <exception cref="ObjectDisposedException">The writer was completed or disposed.</exception>
    public void Write(ReadOnlySpan<float> samples)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, _buffer.Length / 2);
            Pcm16.Encode(samples[..count], _buffer);
            _writer.Write(_buffer, 0, count * 2);
            SamplesWritten += count;
            samples = samples[count..];
        }
    }

    /// <summary>Finishes the header and moves the file to its final name.</summary>
    public Task CompleteAsync()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _writer.Dispose();
        _completed = true;
        _file.Commit();
        return Task.CompletedTask;
    }

    /// <summary>Closes the writer; unless <see cref="CompleteAsync"/> was called first, the temporary file is deleted and the target left as it was.</summary>
    public void Dispose()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _writer.Dispose();
        _file.Dispose();
    }

    /// <summary>The same as <see cref="Dispose"/>.</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
