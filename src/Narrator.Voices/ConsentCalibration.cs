using Narrator.Synthesis.Embeddings;

namespace Narrator.Voices;

/// <summary>Measures the same-speaker threshold on labelled speech: the figures for <see cref="Thresholds.SameSpeaker"/>.</summary>
public static class ConsentCalibration
{
    /// <summary>
    /// For each speaker, the mean embedding of its first <paramref name="references"/> clips is
    /// compared with each of its last <paramref name="heldOut"/> clips (same speaker) and with the
    /// held-out clips of every other speaker (different speakers).
    /// </summary>
    public static CalibrationReport Run(IReadOnlyDictionary<string, IReadOnlyList<string>> speakers, ISpeakerEmbedder embedder, Func<string, (float[] Samples, int SampleRate)> read, double threshold, int references = 3, int heldOut = 2)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(read);
        SpeakerEmbedding Embed(string path)
        {
            var (samples, rate) = read(path);
            return embedder.Embed(path, samples, rate);
        }

        var usable = speakers.Where(s => s.Value.Count >= references + heldOut).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (usable.Count < 2)
        {
            throw new VoiceException($"Calibration needs at least two speakers with {references + heldOut} recordings each; found {usable.Count}.");
        }

        var means = usable.ToDictionary(s => s.Key, s => SpeakerEmbedding.Average(s.Value.Take(references).Select(Embed).ToList()), StringComparer.Ordinal);
        var probes = usable.ToDictionary(s => s.Key, s => s.Value.Skip(s.Value.Count - heldOut).Select(Embed).ToList(), StringComparer.Ordinal);
        var same = new List<double>();
        var different = new List<double>();
        foreach (var (speaker, mean) in means)
        {
            foreach (var (other, clips) in probes)
            {
                (speaker == other ? same : different).AddRange(clips.Select(mean.Similarity));
            }
        }

        return new CalibrationReport(embedder.EncoderId, usable.Count, same, different, threshold);
    }

    /// <summary>
    /// The speakers of the shared speech folder: each <c>cmu_arctic/&lt;speaker&gt;</c>, <c>kathleen/kathleen</c>,
    /// and the LibriSpeech readers listed in <c>splits/encoder-heldout.txt</c> (unseen by the encoder's training).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SpeakersIn(string data)
    {
        var folders = new List<(string Name, string Folder)>();
        var arctic = Path.Combine(data, "cmu_arctic");
        if (Directory.Exists(arctic))
        {
            folders.AddRange(Directory.EnumerateDirectories(arctic).Select(d => ("arctic-" + Path.GetFileName(d), d)));
        }

        folders.Add(("kathleen", Path.Combine(data, "kathleen", "kathleen")));
        var heldOut = Path.Combine(data, "splits", "encoder-heldout.txt");
        if (File.Exists(heldOut))
        {
            folders.AddRange(File.ReadAllLines(heldOut).Select(l => l.Trim()).Where(l => l.Length > 0)
                .Select(l => ("librispeech-" + l, Path.Combine(data, "librispeech_train-clean-100", l))));
        }

        var speakers = folders.Where(f => Directory.Exists(f.Folder)).ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<string>)Directory.EnumerateFiles(f.Folder).Where(IsAudio).Order(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        return speakers.Count > 0 ? speakers : throw new VoiceException($"{data}: no speakers found (expected cmu_arctic/<speaker>, kathleen/kathleen, splits/encoder-heldout.txt with librispeech_train-clean-100/<reader>).");
    }

    private static bool IsAudio(string path) => Path.GetExtension(path).ToLowerInvariant() is ".flac" or ".wav" or ".mp3";
}
