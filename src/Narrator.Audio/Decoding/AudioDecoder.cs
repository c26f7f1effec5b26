using System.Buffers.Binary;
using System.Globalization;
using Narrator.Core;
using Narrator.Core.Processes;

namespace Narrator.Audio;

/// <summary>
/// Reads any audio file ffmpeg can decode (FLAC, MP3, M4A, OGG…) as mono samples at its own rate;
/// WAV without ffmpeg. ffprobe tells the rate, ffmpeg streams 32-bit float samples on a pipe: no
/// temporary file, and no second copy of the recording in memory.
/// </summary>
public static class AudioDecoder
{
    public static (float[] Samples, int SampleRate) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new AudioException($"{path}: no such audio file.");
        }

        if (path.EndsWith(".wav", StringComparison.OrdinalIgnoreCase))
        {
            return WavFile.Read(path);
        }

        var rate = SampleRate(path);
        var samples = new List<float>();
        var result = Run(FfmpegTool.Ffmpeg, ["-v", "error", "-nostdin", "-i", path, "-vn", "-ac", "1", "-f", "f32le", "-c:a", "pcm_f32le", "pipe:1"], path, (stream, _) => Collect(stream, samples));
        return result.ExitCode == 0 && samples.Count > 0
            ? ([.. samples], rate)
            : throw new AudioException($"{path}: not a readable audio file ({(result.ExitCode == 0 ? "no audio samples" : result.ErrorTail())}).");
    }

    private static int SampleRate(string path)
    {
        var result = Run(FfmpegTool.Ffprobe, ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=sample_rate", "-of", "csv=p=0", path], path, null);
        return result.ExitCode == 0 && int.TryParse(result.Output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rate) && rate > 0
            ? rate
            : throw new AudioException($"{path}: not a readable audio file ({(result.ExitCode == 0 ? "no audio stream" : result.ErrorTail())}).");
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

    private static void Collect(Stream stream, List<float> samples)
    {
        var buffer = new byte[1 << 16];
        var filled = 0;
        int read;
        while ((read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += read;
            var whole = filled - (filled % 4);
            for (var i = 0; i < whole; i += 4)
            {
                samples.Add(BinaryPrimitives.ReadSingleLittleEndian(buffer.AsSpan(i, 4)));
            }

            Buffer.BlockCopy(buffer, whole, buffer, 0, filled - whole);
            filled -= whole;
        }
    }
}
