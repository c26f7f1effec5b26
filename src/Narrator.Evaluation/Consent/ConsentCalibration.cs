using Narrator.Core;
using Narrator.Voices;
using Narrator.Voices.Embeddings;

namespace Narrator.Evaluation;

/// <summary>Measures the same-speaker threshold on labelled speech: the figures for <see cref="Thresholds.SameSpeaker"/>.</summary>
public static class ConsentCalibration
{
    /// <summary>
    /// For each speaker, the mean embedding of its first <paramref name="references"/> clips is
    /// compared with each of its next <paramref name="heldOut"/> clips (same speaker) and with the
    /// held-out clips of every other speaker (different speakers). A clip is a whole file, or an
    /// equal part of one when a speaker has fewer files than clips (a LibriSpeech reader here is
    /// one 14 s file: five parts of about 2.8 s, all from one session, so same-speaker scores are optimistic).
    /// </summary>
    public static CalibrationReport Run(IReadOnlyDictionary<string, IReadOnlyList<string>> speakers, ISpeakerEmbedder embedder, Func<string, (float[] Samples, int SampleRate)> read, double threshold, int references = 3, int heldOut = 2)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(read);
        var wanted = references + heldOut;
        var clips = new List<(string Speaker, List<SpeakerEmbedding> Clips)>();
        var skipped = new List<string>();
        foreach (var (speaker, files) in speakers.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            try
            {
                var embeddings = Clips(files, read, wanted).Select(c => embedder.Embed(c.Name, c.Samples, c.Rate)).ToList();
                if (embeddings.Count >= wanted)
                {
                    clips.Add((speaker, embeddings));
                    continue;
                }

                skipped.Add($"{speaker}: {embeddings.Count} of {wanted} clips");
            }
            catch (NarratorException e)
            {
                skipped.Add($"{speaker}: {e.Message}");
            }
        }

        if (clips.Count < 2)
        {
            throw new VoiceException($"Calibration needs at least two speakers with {wanted} clips each; found {clips.Count}.");
        }

        var same = new List<double>();
        var different = new List<double>();
        foreach (var (speaker, embeddings) in clips)
        {
            var mean = SpeakerEmbedding.Average(embeddings.Take(references).ToList());
            foreach (var (other, probes) in clips)
            {
                (speaker == other ? same : different).AddRange(probes.Skip(references).Select(mean.Similarity));
            }
        }

        return new CalibrationReport(embedder.EncoderId, clips.Count, same, different, threshold) { Skipped = skipped };
    }

    /// <summary>The first <paramref name="wanted"/> clips: whole files, or equal parts of each file when there are fewer files than clips.</summary>
    private static IEnumerable<(string Name, float[] Samples, int Rate)> Clips(IReadOnlyList<string> files, Func<string, (float[] Samples, int SampleRate)> read, int wanted)
    {
        var parts = files.Count >= wanted ? 1 : (int)Math.Ceiling(wanted / (double)Math.Max(1, files.Count));
        var count = 0;
        foreach (var file in files)
        {
            var (samples, rate) = read(file);
            var length = samples.Length / parts;
            for (var part = 0; part < parts; part++)
            {
                yield return (parts == 1 ? file : $"{file}#{part + 1}", samples[(part * length)..((part + 1) * length)], rate);
                if (++count == wanted)
                {
                    yield break;
                }
            }
        }
    }
}
