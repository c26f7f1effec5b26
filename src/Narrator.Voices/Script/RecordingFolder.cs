namespace Narrator.Voices;

/// <summary>
/// A folder of script takes: one <c>&lt;prompt-id&gt;.wav|.flac|.mp3</c> per prompt, the prompt's text from the
/// CMU ARCTIC script or from an optional <c>transcript.txt</c> of <c>id|text</c> lines (which wins). Every
/// other file is listed with the reason it is not used: nothing in the folder is skipped silently.
/// </summary>
public sealed class RecordingFolder
{
    /// <summary>The optional file of <c>id|text</c> lines that overrides the ARCTIC prompts.</summary>
    public const string TranscriptFileName = "transcript.txt";
    private static readonly string[] Extensions = [".wav", ".flac", ".mp3"];

    private RecordingFolder(string path, IReadOnlyList<ScriptTake> takes, IReadOnlyList<QaReport> rejected)
    {
        Path = path;
        Takes = takes;
        Rejected = rejected;
    }

    /// <summary>The folder, full path.</summary>
    public string Path { get; }

    /// <summary>The takes to check, sorted by file name.</summary>
    public IReadOnlyList<ScriptTake> Takes { get; }

    /// <summary>Files that are not takes of a known prompt, each with the reason.</summary>
    public IReadOnlyList<QaReport> Rejected { get; }

    /// <summary>Lists the takes in <paramref name="path"/> and the files that are not takes.</summary>
    /// <exception cref="VoiceException">The folder is missing or its transcript is malformed.</exception>
    public static RecordingFolder FromDirectory(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new VoiceException($"{path}: no such folder of recordings.");
        }

        var transcriptPath = System.IO.Path.Combine(path, TranscriptFileName);
        var own = File.Exists(transcriptPath)
            ? RecordingScript.Parse(File.ReadAllText(transcriptPath), transcriptPath).GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal)
            : [];
        var arctic = RecordingScript.AllPrompts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var takes = new List<ScriptTake>();
        var rejected = new List<QaReport>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(path).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(entry);
            var id = System.IO.Path.GetFileNameWithoutExtension(entry);
            var extension = System.IO.Path.GetExtension(entry).ToLowerInvariant();
            var problem = name == TranscriptFileName ? null
                : Directory.Exists(entry) ? "a folder, not a take; takes lie directly in the recordings folder"
                : !Extensions.Contains(extension) ? "not a take: takes are <prompt-id>.wav, .flac or .mp3"
                : seen.TryGetValue(id, out var first) ? $"a second take of {id} (after {first}); keep one take per prompt"
                : RecordingScript.IsHeldOut(id) ? $"{id} is a held-out prompt (ids numbered by multiples of 20 are kept unread to measure the voice on text it never heard; 'voice script' leaves them out)"
                : !own.ContainsKey(id) && !arctic.ContainsKey(id) ? $"'{id}' is neither a CMU ARCTIC prompt id (arctic_a0001…) nor an id in {TranscriptFileName}"
                : null;
            if (name == TranscriptFileName)
            {
                continue;
            }

            if (problem is not null)
            {
                rejected.Add(new QaReport { File = name, Rejection = problem });
                continue;
            }

            seen[id] = name;
            takes.Add(new ScriptTake(entry, own.TryGetValue(id, out var prompt) ? prompt : arctic[id]));
        }

        return new RecordingFolder(path, takes, rejected);
    }
}
