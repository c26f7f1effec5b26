using Narrator.Audio;
using Narrator.Core;
using Narrator.Core.Processes;

namespace Narrator.Evaluation;

/// <summary>The degradations <c>evaluate watermark</c> applies to marked speech (ffmpeg for the codecs and resampling).</summary>
public static class WatermarkAttacks
{
    public static readonly string[] Names = ["none", "mp3 128k", "aac 96k", "16k>44.1k>16k", "noise 20 dB", "10 s excerpt", "mastered mp3"];

    public static async Task<(float[] Samples, int Rate)?> ApplyAsync(string name, float[] samples, int rate, string folder, CancellationToken cancellationToken) => name switch
    {
        "none" => (samples, rate),
        "mp3 128k" => await ThroughFfmpegAsync(samples, rate, folder, "mp3", ["-c:a", "libmp3lame", "-b:a", "128k"], cancellationToken).ConfigureAwait(false),
        "aac 96k" => await ThroughFfmpegAsync(samples, rate, folder, "m4a", ["-c:a", "aac", "-b:a", "96k"], cancellationToken).ConfigureAwait(false),
        "16k>44.1k>16k" => await ResampleTwiceAsync(samples, rate, folder, cancellationToken).ConfigureAwait(false),
        "noise 20 dB" => (Noise(samples, 20, seed: samples.Length), rate),
        "10 s excerpt" => samples.Length < (rate * 10) + 12345 ? null : (samples[12345..(12345 + (rate * 10))], rate),
        "mastered mp3" => await ThroughFfmpegAsync(samples, rate, folder, "mp3", ["-af", "aformat=sample_fmts=flt,volume=12dB,alimiter=limit=0.668:level=false,aresample=44100", "-c:a", "libmp3lame", "-b:a", "192k"], cancellationToken).ConfigureAwait(false),
        _ => throw new NarratorException($"unknown attack '{name}'.", ErrorKind.Internal),
    };

    /// <summary>White noise at <paramref name="snrDb"/> below the signal's mean power.</summary>
    public static float[] Noise(float[] samples, double snrDb, int seed)
    {
        var power = samples.Average(s => (double)s * s);
        var scale = Math.Sqrt(power / Math.Pow(10, snrDb / 10) * 3);
        var random = new Random(seed);
        return samples.Select(s => (float)(s + (scale * ((2 * random.NextDouble()) - 1)))).ToArray();
    }

    private static async Task<(float[], int)> ResampleTwiceAsync(float[] samples, int rate, string folder, CancellationToken cancellationToken)
    {
        var (up, upRate) = await ThroughFfmpegAsync(samples, rate, folder, "wav", ["-ar", "44100", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false);
        return await ThroughFfmpegAsync(up, upRate, folder, "wav", ["-ar", rate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(float[], int)> ThroughFfmpegAsync(float[] samples, int rate, string folder, string extension, string[] arguments, CancellationToken cancellationToken)
    {
        var input = Path.Combine(folder, $"in-{Guid.NewGuid():N}.wav");
        var output = Path.Combine(folder, $"out-{Guid.NewGuid():N}.{extension}");
        try
        {
            await WavFile.WriteAsync(input, samples, rate).ConfigureAwait(false);
            var result = await ChildProcess.RunAsync(
                new ChildRun { Executable = FfmpegTool.Ffmpeg, Arguments = ["-v", "error", "-nostdin", "-y", "-i", input, .. arguments, output], What = $"Attacking the watermark ({extension})", InstallHint = FfmpegTool.InstallHint },
                cancellationToken).ConfigureAwait(false);
            return result.ExitCode == 0 ? AudioDecoder.Read(output) : throw new NarratorException($"ffmpeg failed on {output}: {result.ErrorTail()}", ErrorKind.Internal);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
