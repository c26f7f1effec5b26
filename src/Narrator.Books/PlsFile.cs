using Narrator.Books.Epub;

namespace Narrator.Books;

/// <summary>A W3C Pronunciation Lexicon (PLS) file on disk, such as a publisher's per-book lexicon.</summary>
public static class PlsFile
{
    public static IReadOnlyList<Pronunciation> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new BookException($"{path}: no such pronunciation lexicon.");
        }

        var document = EpubXml.Parse(File.ReadAllBytes(path), path);
        if (document.Root?.Name.LocalName != "lexicon")
        {
            throw new BookException($"{path}: not a PLS lexicon (the root element is '{document.Root?.Name.LocalName}', not 'lexicon').");
        }

        return [.. PlsLexicon.Read(document)];
    }
}
