namespace Narrator.Books;

/// <summary>
/// Where a block came from: the file (the book itself, or an entry inside an EPUB) and the
/// 1-based line there, so a mispronounced word can be traced back to the manuscript.
/// </summary>
public sealed record SourceLocation(string File, int Line)
{
    /// <summary>"file:line", as compilers and editors print locations.</summary>
    public override string ToString() => $"{File}:{Line}";
}
