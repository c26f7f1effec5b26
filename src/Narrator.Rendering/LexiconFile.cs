using Narrator.Books;
using Narrator.Synthesis.Pronunciation;

namespace Narrator.Rendering;

/// <summary>
/// Reads a per-book pronunciation lexicon: a W3C PLS file, or a simple text file with one
/// <c>word  phonemes</c> line each (ARPAbet such as <c>HH ER0 M AY1 AH0 N IY0</c>, or IPA), an alias
/// as <c>word  =words to read instead</c>, and <c>#</c> comments.
/// </summary>
public static class LexiconFile
{
    public static IReadOnlyList<PronunciationEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new RenderException($"{path}: no such lexicon file.");
        }

        var text = File.ReadAllText(path);
        return text.TrimStart().StartsWith('<')
            ? [.. PlsFile.Read(path).Select(FromBook)]
            : ReadSimple(path, text);
    }

    /// <summary>The entries of a book's own lexicon (EPUB 3 PLS) in the synthesizer's terms.</summary>
    public static PronunciationEntry FromBook(Pronunciation pronunciation)
    {
        ArgumentNullException.ThrowIfNull(pronunciation);
        return new PronunciationEntry(pronunciation.Grapheme, pronunciation.Phonemes, Alphabets.Normalize(pronunciation.Alphabet), pronunciation.Alias);
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
                throw new RenderException($"{path}:{i + 1}: '{line}' has a word but no pronunciation (write: word  phonemes).");
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
