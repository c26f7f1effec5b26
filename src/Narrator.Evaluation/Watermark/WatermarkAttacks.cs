using System.Globalization;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Core.Processes;

namespace Narrator.Evaluation;

/// <summary>
/// The degradations <c>evaluate watermark</c> applies to a marked 10 s clip: codecs, resampling, the
/// telephone channel, speed and pitch changes, noise, reverberation, polarity, cropping, concatenation
/// and Narrator's own mastering (ffmpeg for everything a platform or an editor would run).
/// </summary>
public static class WatermarkAttacks
{
    /// <summary>Excerpt attacks shorter than 10 s: the issue asks for the mark's presence there, not its payload.</summary>
    public static readonly string[] PresenceOnly = ["5 s excerpt", "3 s excerpt"];

    public static readonly string[] Names =
    [
        "none", "mp3 64k", "mp3 128k", "aac 64k", "aac 96k", "opus 24k",
        "resample 8k", "resample 22.05k", "resample 44.1k", "resample 48k", "telephone",
        "speed +10%", "speed -10%", "tempo +10%", "tempo -10%", "pitch +10%", "pitch -10%",
        "noise 20 dB", "reverb", "polarity", "5 s excerpt", "3 s excerpt", "concatenated", "mastered mp3",
    ];

    /// <summary>
    /// The attacked clip, or null when the clip is too short for the attack. <paramref name="other"/> is
    /// unmarked audio at the same rate for the concatenation.
    /// </summary>
    public static async Task<(float[] Samples, int Rate)?> ApplyAsync(string name, float[] samples, int rate, float[] other, string folder, CancellationToken cancellationToken)
    {
        var r = rate.ToString(CultureInfo.InvariantCulture);
        return name switch
        {
            "none" => (samples, rate),
            "mp3 64k" => await FfmpegAsync(samples, rate, folder, "mp3", ["-c:a", "libmp3lame", "-b:a", "64k"], cancellationToken).ConfigureAwait(false),
            "mp3 128k" => await FfmpegAsync(samples, rate, folder, "mp3", ["-c:a", "libmp3lame", "-b:a", "128k"], cancellationToken).ConfigureAwait(false),
            "aac 64k" => await FfmpegAsync(samples, rate, folder, "m4a", ["-c:a", "aac", "-b:a", "64k"], cancellationToken).ConfigureAwait(false),
            "aac 96k" => await FfmpegAsync(samples, rate, folder, "m4a", ["-c:a", "aac", "-b:a", "96k"], cancellationToken).ConfigureAwait(false),
            "opus 24k" => await FfmpegAsync(samples, rate, folder, "ogg", ["-c:a", "libopus", "-b:a", "24k"], cancellationToken).ConfigureAwait(false),
            "resample 8k" => await FfmpegAsync(samples, rate, folder, "wav", ["-ar", "8000", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "resample 22.05k" => await FfmpegAsync(samples, rate, folder, "wav", ["-ar", "22050", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "resample 44.1k" => await FfmpegAsync(samples, rate, folder, "wav", ["-ar", "44100", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "resample 48k" => await FfmpegAsync(samples, rate, folder, "wav", ["-ar", "48000", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "telephone" => await FfmpegAsync(samples, rate, folder, "au", ["-af", "highpass=f=300,lowpass=f=3400", "-ar", "8000", "-c:a", "pcm_mulaw"], cancellationToken).ConfigureAwait(false),
            "speed +10%" => await FfmpegAsync(samples, rate, folder, "wav", ["-af", $"asetrate={rate * 1.1:0},aresample={r}", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "speed -10%" => await FfmpegAsync(samples, rate, folder, "wav", ["-af", $"asetrate={rate * 0.9:0},aresample={r}", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "tempo +10%" => await FfmpegAsync(samples, rate, folder, "wav", ["-af", "atempo=1.1", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "tempo -10%" => await FfmpegAsync(samples, rate, folder, "wav", ["-af", "atempo=0.9", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "pitch +10%" => await FfmpegAsync(samples, rate, folder, "wav", ["-af", "rubberband=pitch=1.1", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "pitch -10%" => await FfmpegAsync(samples, rate, folder, "wav", ["-af", "rubberband=pitch=0.9", "-c:a", "pcm_s16le"], cancellationToken).ConfigureAwait(false),
            "noise 20 dB" => (Noise(samples, 20, seed: samples.Length), rate),
            "reverb" => (Reverberate(samples, rate, t60Seconds: 0.5, seed: samples.Length), rate),
            "polarity" => (samples.Select(s => -s).ToArray(), rate),
            "5 s excerpt" => Excerpt(samples, rate, 5),
            "3 s excerpt" => Excerpt(samples, rate, 3),
            "concatenated" => ([.. other, .. samples, .. other], rate),
            "mastered mp3" => await FfmpegAsync(samples, rate, folder, "mp3", ["-af", "aformat=sample_fmts=flt,volume=12dB,alimiter=limit=0.668:level=false,aresample=44100", "-c:a", "libmp3lame", "-b:a", "192k"], cancellationToken).ConfigureAwait(false),
            _ => throw new NarratorException($"unknown attack '{name}'.", ErrorKind.Internal),
        };
    }

    /// <summary>White noise at <paramref name="snrDb"/> below the signal's mean power.</summary>
    public static float[] Noise(float[] samples, double snrDb, int seed)
    {
        var power = samples.Average(s => (double)s * s);
        var scale = Math.Sqrt(power / Math.Pow(10, snrDb / 10) * 3);
        var random = new Random(seed);
        return samples.Select(s => (float)(s + (scale * ((2 * random.NextDouble()) - 1)))).ToArray();
    }

    /// <summary>
    /// A room: the direct sound plus a tail of exponentially decaying noise (reverberation time
    /// <paramref name="t60Seconds"/>, starting after 5 ms, its energy equal to the direct sound's),
    /// scaled back to the input's peak.
    /// </summary>
    public static float[] Reverberate(float[] samples, int rate, double t60Seconds, int seed)
    {
        var random = new Random(seed);
        var length = (int)(t60Seconds * rate);
        var delay = rate / 200;
        var response = new double[length];
        response[0] = 1;
        var decay = Math.Log(1000) / (t60Seconds * rate);
        double tail = 0;
        for (var n = delay; n < length; n++)
        {
            response[n] = ((2 * random.NextDouble()) - 1) * Math.Exp(-decay * (n - delay));
            tail += response[n] * response[n];
        }

        for (var n = delay; n < length; n++)
        {
            response[n] /= Math.Sqrt(tail);
        }

        var output = NWaves.Operations.Operation.Convolve(samples.Select(s => (double)s).ToArray(), response);
        var peak = samples.Max(Math.Abs);
        var outPeak = output.Take(samples.Length).Max(Math.Abs);
        return output.Take(samples.Length).Select(s => (float)(s * peak / outPeak)).ToArray();
    }

    private static (float[], int)? Excerpt(float[] samples, int rate, double seconds)
    {
        var start = rate / 3;
        var length = (int)(seconds * rate);
        return samples.Length < start + length ? null : (samples[start..(start + length)], rate);
    }

    private static async Task<(float[], int)> FfmpegAsync(float[] samples, int rate, string folder, string extension, string[] arguments, CancellationToken cancellationToken)
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
