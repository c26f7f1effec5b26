using System.Xml;
using System.Xml.Linq;

namespace Narrator.Phonemes.Pronunciation;

/// <summary>
/// Reads W3C Pronunciation Lexicons (PLS): a publisher's per-book lexicon file, or the lexicons an
/// EPUB 3 carries. Each grapheme of a lexeme → its phoneme (in the lexeme's or lexicon's alphabet) or alias.
/// </summary>
public static class PlsLexicon
{
    /// <summary>The entries of the PLS file at <paramref name="path"/>.</summary>
    /// <exception cref="PhonemizerException">The file is missing or is not a readable PLS lexicon; the message names the file.</exception>
    public static IReadOnlyList<PronunciationEntry> FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new PhonemizerException($"{path}: no such pronunciation lexicon.");
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses PLS bytes without DTDs or external resources; <paramref name="what"/> names the file (and entry) in errors.</summary>
    public static IReadOnlyList<PronunciationEntry> Parse(byte[] bytes, string what)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new PhonemizerException($"{what} is not well-formed XML (line {e.LineNumber}: {e.Message}).", e);
        }

        return document.Root?.Name.LocalName == "lexicon"
            ? [.. Entries(document.Root)]
            : throw new PhonemizerException($"{what}: not a PLS lexicon (the root element is '{document.Root?.Name.LocalName}', not 'lexicon').");
    }

    private static IEnumerable<PronunciationEntry> Entries(XElement lexicon)
    {
        var alphabet = Attribute(lexicon, "alphabet") ?? "ipa";
        foreach (var lexeme in lexicon.Descendants().Where(e => e.Name.LocalName == "lexeme"))
        {
            var phonemeElement = Children(lexeme, "phoneme").FirstOrDefault();
            var phonemes = phonemeElement?.Value.Trim();
            var alias = Children(lexeme, "alias").FirstOrDefault()?.Value.Trim();
            if (string.IsNullOrEmpty(phonemes) && string.IsNullOrEmpty(alias))
            {
                continue;
            }

            foreach (var grapheme in Children(lexeme, "grapheme").Select(g => g.Value.Trim()).Where(g => g.Length > 0))
            {
                yield return new PronunciationEntry(
                    grapheme,
                    string.IsNullOrEmpty(phonemes) ? null : phonemes,
                    Alphabets.Normalize((phonemeElement is null ? null : Attribute(phonemeElement, "alphabet")) ?? alphabet),
                    string.IsNullOrEmpty(alias) ? null : alias);
            }
        }
    }

    // PLS files in EPUBs are loose about namespaces: match local names.
    private static IEnumerable<XElement> Children(XElement element, string localName) => element.Elements().Where(e => e.Name.LocalName == localName);

    private static string? Attribute(XElement element, string localName) => element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;
}
