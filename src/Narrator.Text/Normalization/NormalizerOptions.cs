namespace Narrator.Text;

/// <summary>Settings of <see cref="TextNormalizer"/>. The defaults suit English audiobook narration.</summary>
public sealed class NormalizerOptions
{
    /// <summary>The defaults: no extra words, English audiobook narration.</summary>
    public static NormalizerOptions Default { get; } = new();

    /// <summary>
    /// All-caps words read as words rather than spelled out, in addition to the built-in list
    /// (NASA, NATO, UNESCO, …). Compared case-insensitively. Default: empty.
    /// </summary>
    public IReadOnlyCollection<string> PronounceableAcronyms { get; init; } = [];

    /// <summary>
    /// Whether an all-capital word is an ordinary word to read rather than an initialism to spell
    /// ("STOP", "THE FIR TREE"); given the word in lower case. Narrator's synthesis passes its
    /// pronunciation dictionary's answer (<c>LexiconPhonemizer.ReadsAsWord</c>). Default: null, the
    /// built-in shape rules alone.
    /// </summary>
    public Func<string, bool>? ReadsAsWord { get; init; }

    /// <summary>
    /// Whether a URL's scheme and "www" are read ("h t t p s colon slash slash w w w dot example dot
    /// com"). Default: false, as a narrator says it: "https://www.example.com" reads "example dot com".
    /// </summary>
    public bool ReadUrlScheme { get; init; }
}
