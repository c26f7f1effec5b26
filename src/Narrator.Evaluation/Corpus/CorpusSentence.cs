using Narrator.Core;

namespace Narrator.Evaluation;

/// <summary>An ARCTIC prompt of one speaker in a split list: its text and the speaker's own recording.</summary>
public sealed record CorpusSentence(string Speaker, string Id, string Text, string Recording)
{
    /// <summary>The held-out prompts (<c>splits/heldout.txt</c>), never trained on.</summary>
    public static IReadOnlyList<CorpusSentence> ReadHeldOut(string data) => ReadSplit(data, Path.Combine(data, "splits", "heldout.txt"));

    /// <summary>
    /// The items of a split list such as <c>splits/train.txt</c> ("bdl/arctic_a0020" per line), with texts from each
    /// speaker's <c>transcript.txt</c> ("arctic_a0020|Clubs and balls…"); speakers live in
    /// <c>cmu_arctic/&lt;name&gt;</c> or <c>&lt;name&gt;/&lt;name&gt;</c>.
    /// </summary>
    public static IReadOnlyList<CorpusSentence> ReadSplit(string data, string split)
    {
        if (!File.Exists(split))
        {
            throw new NarratorException($"{split}: no such file; --data must point at the speech folder (splits/heldout.txt, splits/train.txt).");
        }

        var transcripts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var sentences = new List<CorpusSentence>();
        foreach (var line in File.ReadAllLines(split).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            var (speaker, id) = slash > 0 ? (line[..slash], line[(slash + 1)..]) : throw new NarratorException($"{split}: '{line}' is not speaker/id.");
            var folder = SpeechCorpus.SpeakerFolder(data, speaker);
            if (!transcripts.TryGetValue(speaker, out var texts))
            {
                texts = ReadTranscript(Path.Combine(folder, "transcript.txt"));
                transcripts[speaker] = texts;
            }

            var recording = new[] { ".flac", ".wav" }.Select(e => Path.Combine(folder, id + e)).FirstOrDefault(File.Exists);
            sentences.Add(texts.TryGetValue(id, out var text) && recording is not null
                ? new CorpusSentence(speaker, id, text, recording)
                : throw new NarratorException($"{split}: '{line}' has no recording ({Path.Combine(folder, id)}.flac or .wav) or no line in {Path.Combine(folder, "transcript.txt")}."));
        }

        return sentences;
    }

    /// <summary>A speaker's <c>transcript.txt</c>: id to text.</summary>
    public static Dictionary<string, string> ReadTranscript(string path)
    {
        if (!File.Exists(path))
        {
            throw new NarratorException($"{path}: no such transcript file.");
        }

        return File.ReadAllLines(path)
            .Select(l => l.Split('|', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
    }
}
