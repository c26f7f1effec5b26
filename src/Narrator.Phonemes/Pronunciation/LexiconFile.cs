namespace Narrator.Phonemes.Pronunciation;

/// <summary>
/// Reads a per-book pronunciation lexicon: a W3C PLS file, or a simple text file with one
/// <c>word  phonemes</c> line each (ARPAbet such as <c>HH ER0 M AY1 AH0 N IY0</c>, or IPA), an alias
/// as <c>word  =words to read instead</c>, and <c>#</c> comments.
/// </summary>
public static class LexiconFile
{
    /// <summary>The entries of the lexicon file at <paramref name="path"/>: PLS when it starts with <c>&lt;</c>, else the simple text format.</summary>
    /// <exception cref="PhonemizerException">The file is missing, or a line or element is malformed (the message names the file and line).</exception>
    public static IReadOnlyList<PronunciationEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PhonemizerException($"{path}: no such lexicon file.");
        }

        var text = File.ReadAllText(path);
        return text.TrimStart().StartsWith('<')
            ? PlsLexicon.FromFile(path)
            : ReadSimple(path, text);
    }

    private static List<PronunciationEntry> ReadSimple(string path, string text)
    {
        var entries = new List<PronunciationEntry>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var split = line.IndexOfAny([' ', '\t']);
            if (split < 0)
            {
                throw new PhonemizerException($"{path}:{i + 1}: '{line}' has a word but no pronunciation (write: word  phonemes).");
            }

            var word = line[..split];
            var said = line[split..].Trim();
            entries.Add(said.StartsWith('=')
                ? new PronunciationEntry(word, null, "x-arpabet", said[1..].Trim())
                : new PronunciationEntry(word, said, Alphabets.Guess(said)));
        }

        return entries;
    }
}
