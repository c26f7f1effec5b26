namespace Narrator.Books.Epub;

/// <summary>Reads W3C PLS lexicons: each grapheme of a lexeme → its phoneme (in the lexeme's or lexicon's alphabet) or alias.</summary>
internal static class PlsLexicon
{
    public static IEnumerable<Pronunciation> Read(EpubArchive archive, string entry) => Read(EpubXml.Load(archive, entry));

    public static IEnumerable<Pronunciation> Read(System.Xml.Linq.XDocument doc)
    {
        var root = doc.Root;
        var alphabet = root?.Attr("alphabet") ?? "ipa";
        foreach (var lexeme in doc.All("lexeme"))
        {
            var phonemeElement = lexeme.Children("phoneme").FirstOrDefault();
            var phonemes = phonemeElement?.Value.Trim();
            var alias = lexeme.Children("alias").FirstOrDefault()?.Value.Trim();
            if (string.IsNullOrEmpty(phonemes) && string.IsNullOrEmpty(alias))
            {
                continue;
            }

            foreach (var grapheme in lexeme.Children("grapheme").Select(g => g.Value.Trim()).Where(g => g.Length > 0))
            {
                yield return new Pronunciation(grapheme, string.IsNullOrEmpty(phonemes) ? null : phonemes, phonemeElement?.Attr("alphabet") ?? alphabet, string.IsNullOrEmpty(alias) ? null : alias);
            }
        }
    }
}
