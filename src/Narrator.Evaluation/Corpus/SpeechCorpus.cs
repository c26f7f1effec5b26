using Narrator.Core;

namespace Narrator.Evaluation;

/// <summary>
/// The layout of the shared speech folder (<c>shared/data/speech</c>): the ARCTIC-prompt speakers in
/// <c>cmu_arctic/&lt;name&gt;</c> or <c>&lt;name&gt;/&lt;name&gt;</c> with <c>transcript.txt</c>, LibriSpeech
/// readers in <c>librispeech_train-clean-100/&lt;reader&gt;</c>, and the split lists in <c>splits/</c>.
/// The one place that knows it.
/// </summary>
public static class SpeechCorpus
{
    /// <summary>The folder of an ARCTIC-prompt speaker (bdl, slt, kathleen…) or of a VCTK speaker (p225…).</summary>
    public static string SpeakerFolder(string data, string speaker)
    {
        string[] candidates = [Path.Combine(data, "cmu_arctic", speaker), Path.Combine(data, speaker, speaker), Path.Combine(data, "vctk", speaker)];
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new NarratorException($"{data}: no folder for speaker '{speaker}' (looked for {string.Join(" and ", candidates)}).");
    }

    /// <summary>The LibriSpeech readers held out of encoder training (<c>splits/encoder-heldout.txt</c>) that are present.</summary>
    public static IEnumerable<string> HeldOutReaders(string data)
    {
        var list = Path.Combine(data, "splits", "encoder-heldout.txt");
        return File.Exists(list)
            ? File.ReadAllLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && Directory.Exists(ReaderFolder(data, l)))
            : throw new NarratorException($"{list}: no such file; --data must point at the speech folder (splits/encoder-heldout.txt).");
    }

    public static string ReaderFolder(string data, string reader) => Path.Combine(data, "librispeech_train-clean-100", reader);

    /// <summary>
    /// The speakers of the shared speech folder: each <c>cmu_arctic/&lt;speaker&gt;</c>, <c>kathleen/kathleen</c>,
    /// and the LibriSpeech readers listed in <c>splits/encoder-heldout.txt</c> (unseen by the encoder's training).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> CalibrationSpeakers(string data)
    {
        var folders = new List<(string Name, string Folder)>();
        var arctic = Path.Combine(data, "cmu_arctic");
        if (Directory.Exists(arctic))
        {
            folders.AddRange(Directory.EnumerateDirectories(arctic).Select(d => ("arctic-" + Path.GetFileName(d), d)));
        }

        folders.Add(("kathleen", Path.Combine(data, "kathleen", "kathleen")));
        if (File.Exists(Path.Combine(data, "splits", "encoder-heldout.txt")))
        {
            folders.AddRange(HeldOutReaders(data).Select(l => ("librispeech-" + l, ReaderFolder(data, l))));
        }

        var speakers = folders.Where(f => Directory.Exists(f.Folder)).ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<string>)Directory.EnumerateFiles(f.Folder).Where(IsAudio).Order(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        return speakers.Count > 0 ? speakers : throw new NarratorException($"{data}: no speakers found (expected cmu_arctic/<speaker>, kathleen/kathleen, splits/encoder-heldout.txt with librispeech_train-clean-100/<reader>).");
    }

    private static bool IsAudio(string path) => Path.GetExtension(path).ToLowerInvariant() is ".flac" or ".wav" or ".mp3";
}
