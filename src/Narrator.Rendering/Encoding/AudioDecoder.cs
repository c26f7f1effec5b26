using Narrator.Audio;

namespace Narrator.Rendering.Encoding;

/// <summary>Reads any audio file ffmpeg can decode (FLAC, MP3, M4A, OGG…) as mono samples at its own rate; WAV without ffmpeg.</summary>
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

        var temporary = Path.Combine(Path.GetTempPath(), $"narrator-decode-{Guid.NewGuid():N}.wav");
        try
        {
            FfmpegProcess.RunAsync(FfmpegTool.Ffmpeg, ["-v", "error", "-nostdin", "-y", "-i", path, "-vn", "-ac", "1", "-c:a", "pcm_s16le", temporary], path, null, CancellationToken.None)
                .GetAwaiter().GetResult();
            return WavFile.Read(temporary);
        }
        catch (RenderException e)
        {
            throw new AudioException($"{path}: not a readable audio file ({e.Message}).", inner: e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
