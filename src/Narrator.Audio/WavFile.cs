using NAudio.Wave;

namespace Narrator.Audio;

/// <summary>Whole-file WAV helpers; for long audio use <see cref="WavWriter"/>.</summary>
public static class WavFile
{
    /// <summary>Writes mono 16-bit PCM atomically (temporary file, then rename).</summary>
    public static async Task WriteAsync(string path, ReadOnlyMemory<float> samples, int sampleRate)
    {
        using var writer = WavWriter.Create(path, sampleRate);
        writer.Write(samples.Span);
        await writer.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>Writes a stream of chunks to one file as they arrive.</summary>
    public static async Task<TimeSpan> WriteAsync(string path, IAsyncEnumerable<AudioChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        WavWriter? writer = null;
        try
        {
            await foreach (var chunk in chunks.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                writer ??= WavWriter.Create(path, chunk.SampleRate);
                if (chunk.SampleRate != writer.SampleRate)
                {
                    throw new AudioException($"{path}: chunk {chunk.Index} is at {chunk.SampleRate} Hz, the file at {writer.SampleRate} Hz.", Core.ErrorKind.Internal);
                }

                writer.Write(chunk.Samples.Span);
            }

            if (writer is null)
            {
                throw new AudioException($"{path}: there was no audio to write (the text has nothing to speak).");
            }

            await writer.CompleteAsync().ConfigureAwait(false);
            return TimeSpan.FromSeconds((double)writer.SamplesWritten / writer.SampleRate);
        }
        finally
        {
            writer?.Dispose();
        }
    }

    /// <summary>Reads a PCM or float WAV file as mono floats (channels are averaged).</summary>
    public static (float[] Samples, int SampleRate) Read(string path)
    {
        SampleBuffer? samples = null;
        Decode(path, reader => samples = new SampleBuffer(WavFormatCheck.FrameCapacity(path, reader)));
        return (samples!.ToArray(), samples.SampleRate);
    }

    /// <summary>Hands a PCM or float WAV file to <paramref name="sink"/> as mono floats, block by block.</summary>
    public static void Stream(string path, IAudioSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        Decode(path, _ => sink);
    }

    // The sink is chosen once the header is read (a whole-file buffer is sized from its frame count).
    private static void Decode(string path, Func<WaveFileReader, IAudioSink> sinkFor)
    {
        if (!File.Exists(path))
        {
            throw new AudioException($"{path}: no such file.");
        }

        try
        {
            WavFormatCheck.Validate(path);
            using var reader = new WaveFileReader(path);
            var provider = reader.ToSampleProvider();
            var channels = provider.WaveFormat.Channels;
            var sink = sinkFor(reader);
            sink.Start(provider.WaveFormat.SampleRate);
            var buffer = new float[AudioSinks.BlockSamples * channels];
            var mono = new float[AudioSinks.BlockSamples];
            int read;
            while ((read = provider.Read(buffer, 0, buffer.Length)) > 0)
            {
                var frames = read / channels;
                for (var f = 0; f < frames; f++)
                {
                    var sum = 0f;
                    for (var c = 0; c < channels; c++)
                    {
                        sum += buffer[(f * channels) + c];
                    }

                    mono[f] = sum / channels;
                }

                sink.Write(mono.AsSpan(0, frames));
            }
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            throw new AudioException($"{path}: not a readable WAV file ({e.Message}).", inner: e);
        }
    }
}
