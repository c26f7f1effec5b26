namespace Narrator.Text;

/// <summary>Settings of <see cref="TextNormalizer"/>. The defaults suit English audiobook narration.</summary>
public sealed class NormalizerOptions
{
    public static NormalizerOptions Default { get; } = new();

    /// <summary>
    /// All-caps words read as words rather than spelled out, in addition to the built-in list
    /// (NASA, NATO, UNESCO, …). Compared case-insensitively. Default: empty.
    /// </summary>
    public IReadOnlyCollection<string> PronounceableAcronyms { get; init; } = [];

    /// <summary>
    /// Whether a URL's scheme is read ("h t t p s colon slash slash"). Default: true.
    /// When false, "https://example.com" reads "example dot com".
    /// </summary>
    public bool ReadUrlScheme { get; init; } = true;
}
