using System.Globalization;
using Narrator.Core;
using Narrator.Core.Processes;

namespace Narrator.Audio;

/// <summary>
/// Reads any audio file ffmpeg can decode (FLAC, MP3, M4A, OGG…) as mono samples at its own rate;
/// WAV without ffmpeg. ffprobe tells the rate, ffmpeg streams 32-bit float samples on a pipe: no
/// temporary file. <see cref="Stream"/> hands the samples on block by block, so a long recording is
/// never held whole; <see cref="Read"/> collects a short one into one exactly sized array.
/// </summary>
public static class AudioDecoder
{
    /// <summary>The whole recording at <paramref name="path"/> as mono samples at its own rate: WAV read directly, anything else decoded by ffmpeg. For short clips; <see cref="Stream"/> long ones.</summary>
    /// <exception cref="AudioException">The file is missing or cannot be decoded, or ffmpeg is not installed (with <see cref="FfmpegTool.InstallHint"/>).</exception>
    public static (float[] Samples, int SampleRate) Read(string path)
    {
        if (IsWav(path))
        {
            return WavFile.Read(path);
        }

        var (rate, seconds) = Probe(path);
        // Rounded, not ceiled: a FLAC's duration is its sample count over the rate, so the buffer is then exact and never copied.
        var samples = new SampleBuffer((int)Math.Min(Array.MaxLength, Math.Round(seconds * rate)));
        Decode(path, rate, samples);
        return (samples.ToArray(), rate);
    }

    /// <summary>Decodes <paramref name="path"/> into <paramref name="sink"/> in blocks of at most <see cref="AudioSinks.BlockSamples"/>; an <see cref="AudioReader"/>.</summary>
    public static void Stream(string path, IAudioSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (IsWav(path))
        {
            WavFile.Stream(path, sink);
            return;
        }

        Decode(path, Probe(path).Rate, sink);
    }

    // WAV is read without ffmpeg unless it is companded (μ-law or A-law, as telephone recordings are),
    // which NAudio cannot turn into samples without Windows' codecs.
    private static bool IsWav(string path) => File.Exists(path)
        ? path.EndsWith(".wav", StringComparison.OrdinalIgnoreCase) && !WavFormatCheck.IsCompanded(path)
        : throw new AudioException($"{path}: no such audio file.");

    private static void Decode(string path, int rate, IAudioSink sink)
    {
        sink.Start(rate);
        long count = 0;
        var result = Run(FfmpegTool.Ffmpeg, ["-v", "error", "-nostdin", "-i", path, "-vn", "-ac", "1", "-f", "f32le", "-c:a", "pcm_f32le", "pipe:1"], path, (stream, _) => count = Float32Pipe.Copy(stream, sink));
        if (result.ExitCode != 0 || count == 0)
        {
            throw new AudioException($"{path}: not a readable audio file ({(result.ExitCode == 0 ? "no audio samples" : result.ErrorTail())}).");
        }
    }

    // The rate, and the duration that sizes the buffer once (0 when the container does not say).
    private static (int Rate, double Seconds) Probe(string path)
    {
        var result = Run(FfmpegTool.Ffprobe, ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=sample_rate:format=duration", "-of", "default=noprint_wrappers=1", path], path, null);
        var values = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        if (result.ExitCode != 0 || !values.TryGetValue("sample_rate", out var text) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
        {
            throw new AudioException($"{path}: not a readable audio file ({(result.ExitCode == 0 ? "no audio stream" : result.ErrorTail())}).");
        }

        var seconds = values.TryGetValue("duration", out var duration) && double.TryParse(duration, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is > 0 and < 1e6 ? d : 0;
        return (rate, seconds);
    }

    private static ChildResult Run(string tool, string[] arguments, string path, Action<Stream, CancellationToken>? read)
    {
        try
        {
            return ChildProcess.RunAsync(new ChildRun { Executable = tool, Arguments = arguments, What = $"Decoding {path}", InstallHint = FfmpegTool.InstallHint, ReadOutput = read })
                .GetAwaiter().GetResult();
        }
        catch (NarratorException e)
        {
            throw new AudioException(e.Message, inner: e);
        }
    }
}
