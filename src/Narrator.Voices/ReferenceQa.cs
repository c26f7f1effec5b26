using System.Globalization;
using Narrator.Core;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>Quality checks on reference recordings: each file alone, then the set (total speech, one speaker).</summary>
public static class ReferenceQa
{
    private const double ClipLevel = 0.999;

    /// <summary>Reads and measures one file; an unreadable file becomes a rejected report.</summary>
    public static QaReport Analyze(string path, Func<string, (float[] Samples, int SampleRate)> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        float[] samples;
        int rate;
        try
        {
            (samples, rate) = read(path);
        }
        catch (NarratorException e)
        {
            return new QaReport { File = Path.GetFileName(path), Rejection = $"unsupported or corrupt audio file ({e.Message})" };
        }

        return Analyze(Path.GetFileName(path), samples, rate);
    }

    public static QaReport Analyze(string name, ReadOnlySpan<float> samples, int sampleRate)
    {
        if (samples.Length == 0 || sampleRate <= 0)
        {
            return new QaReport { File = name, SampleRate = sampleRate, Rejection = "the file holds no audio" };
        }

        var levels = FrameLevels(samples, sampleRate);
        var speech = ReferenceRecording.SpeechSeconds(samples, sampleRate);
        var seconds = samples.Length / (double)sampleRate;
        var clipped = 0;
        foreach (var s in samples)
        {
            clipped += Math.Abs(s) >= ClipLevel ? 1 : 0;
        }

        var report = new QaReport
        {
            File = name,
            SampleRate = sampleRate,
            Seconds = seconds,
            SpeechSeconds = speech,
            SpeechShare = levels.Length == 0 ? 0 : Math.Min(1, speech / (levels.Length * (Math.Max(1, sampleRate / 50) / (double)sampleRate))),
            ClippedShare = clipped / (double)samples.Length,
            SnrDb = Snr(levels),
        };
        return report with { Rejection = Rejection(report) };
    }

    /// <summary>Why the set of references is refused as a whole (too little speech, several speakers); null when it passes.</summary>
    public static string? CheckSet(IReadOnlyList<QaReport> reports, IReadOnlyList<SpeakerEmbedding> embeddings, double sameSpeaker)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(embeddings);
        var total = reports.Sum(r => r.SpeechSeconds);
        if (total < Thresholds.MinimumSpeechSeconds)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the references hold {total:0.0} s of speech in all; at least {Thresholds.MinimumSpeechSeconds:0} s is needed (30 s or more recommended)");
        }

        var similarities = SpeakerEmbedding.SimilarityToOthers(embeddings);
        var least = embeddings.Count < 2 ? -1 : Array.IndexOf(similarities, similarities.Min());
        if (least >= 0 && similarities[least] < sameSpeaker)
        {
            return embeddings.Count == 2
                ? string.Create(CultureInfo.InvariantCulture, $"{reports[0].File} and {reports[1].File} sound like different speakers (similarity {similarities[least]:0.000} < {sameSpeaker:0.000}); give recordings of one speaker")
                : string.Create(CultureInfo.InvariantCulture, $"{reports[least].File} sounds like another speaker than the other references (similarity {similarities[least]:0.000} to their mean < {sameSpeaker:0.000}); give recordings of one speaker");
        }

        return null;
    }

    private static string? Rejection(QaReport r) => r switch
    {
        { SampleRate: < Thresholds.MinimumSampleRate } => $"sample rate {r.SampleRate} Hz is below {Thresholds.MinimumSampleRate} Hz",
        { ClippedShare: > Thresholds.MaximumClippedShare } => string.Create(CultureInfo.InvariantCulture, $"clipped: {r.ClippedShare:P3} of samples at full scale (at most {Thresholds.MaximumClippedShare:P1}); record with less gain"),
        { SpeechShare: < Thresholds.MinimumSpeechShare } => string.Create(CultureInfo.InvariantCulture, $"mostly silence: {r.SpeechShare:P0} of the recording is speech (at least {Thresholds.MinimumSpeechShare:P0}); trim the silence"),
        { SnrDb: < Thresholds.MinimumSnrDb } => string.Create(CultureInfo.InvariantCulture, $"too noisy: estimated SNR {r.SnrDb:0.0} dB (at least {Thresholds.MinimumSnrDb:0} dB); record in a quieter room"),
        _ => null,
    };

    internal static double[] FrameLevels(ReadOnlySpan<float> samples, int sampleRate)
    {
        var frame = Math.Max(1, sampleRate / 50);
        var levels = new double[samples.Length / frame];
        for (var f = 0; f < levels.Length; f++)
        {
            var sum = 0.0;
            foreach (var s in samples.Slice(f * frame, frame))
            {
                sum += s * s;
            }

            levels[f] = Math.Sqrt(sum / frame);
        }

        return levels;
    }

    /// <summary>90th over 10th percentile of frame RMS, in dB; the floor is held at −100 dBFS so digital silence does not divide by zero.</summary>
    private static double Snr(double[] levels)
    {
        if (levels.Length == 0)
        {
            return 0;
        }

        var sorted = levels.Order().ToArray();
        var speech = Math.Max(sorted[(int)(0.9 * (sorted.Length - 1))], 1e-5);
        var noise = Math.Max(sorted[(int)(0.1 * (sorted.Length - 1))], 1e-5);
        return 20 * Math.Log10(speech / noise);
    }
}
