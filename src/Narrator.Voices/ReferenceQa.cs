using System.Globalization;
using Narrator.Audio;
using Narrator.Core;
using Narrator.Voices.Embeddings;

namespace Narrator.Voices;

/// <summary>Quality checks on reference recordings: each file alone, then the set (total speech, one speaker).</summary>
public static class ReferenceQa
{
    /// <summary>Measures one file as it is decoded (an hour is never held whole); an unreadable file becomes a rejected report.</summary>
    public static QaReport Analyze(string path, AudioReader read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var meter = new QaMeter();
        try
        {
            read(path, meter);
        }
        catch (NarratorException e)
        {
            return new QaReport { File = Path.GetFileName(path), Rejection = $"unsupported or corrupt audio file ({e.Message})" };
        }

        return meter.Report(Path.GetFileName(path));
    }

    /// <summary>Measures one recording held in memory; <paramref name="name"/> names it in the report.</summary>
    public static QaReport Analyze(string name, ReadOnlySpan<float> samples, int sampleRate)
    {
        var meter = new QaMeter();
        AudioSinks.Feed(meter, samples, sampleRate);
        return meter.Report(name);
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

    internal static string? Rejection(QaReport r) => r switch
    {
        { SampleRate: < Thresholds.MinimumSampleRate } => $"sample rate {r.SampleRate} Hz is below {Thresholds.MinimumSampleRate} Hz",
        { ClippedShare: > Thresholds.MaximumClippedShare } => string.Create(CultureInfo.InvariantCulture, $"clipped: {r.ClippedShare:P3} of samples at full scale (at most {Thresholds.MaximumClippedShare:P1}); record with less gain"),
        { SpeechShare: < Thresholds.MinimumSpeechShare } => string.Create(CultureInfo.InvariantCulture, $"mostly silence: {r.SpeechShare:P0} of the recording is speech (at least {Thresholds.MinimumSpeechShare:P0}); trim the silence"),
        { SnrDb: < Thresholds.MinimumSnrDb } => string.Create(CultureInfo.InvariantCulture, $"too noisy: estimated SNR {r.SnrDb:0.0} dB (at least {Thresholds.MinimumSnrDb:0} dB); record in a quieter room"),
        _ => null,
    };

    /// <summary>90th over 10th percentile of frame RMS, in dB; the floor is held at −100 dBFS so digital silence does not divide by zero.</summary>
    internal static double Snr(IReadOnlyList<double> levels)
    {
        if (levels.Count == 0)
        {
            return 0;
        }

        var sorted = levels.Order().ToArray();
        var speech = Math.Max(sorted[(int)(0.9 * (sorted.Length - 1))], 1e-5);
        var noise = Math.Max(sorted[(int)(0.1 * (sorted.Length - 1))], 1e-5);
        return 20 * Math.Log10(speech / noise);
    }
}
