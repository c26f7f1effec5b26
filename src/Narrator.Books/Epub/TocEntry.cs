namespace Narrator.Books.Epub;

/// <summary>
/// One entry of the table of contents: its title, where it points, and the entries nested under it.
/// A label (a heading in the TOC without a link of its own, such as an author's name over their
/// stories) points where its first child does.
/// </summary>
internal sealed record TocEntry(string Title, string Entry, string? Fragment, IReadOnlyList<TocEntry> Children)
{
    public bool IsLabel { get; init; }

    /// <summary>A label over <paramref name="children"/>, or nothing when it holds none.</summary>
    public static TocEntry? Label(string title, IReadOnlyList<TocEntry> children) =>
        children.Count == 0 || title.Length == 0 ? null : new TocEntry(title, children[0].Entry, children[0].Fragment, children) { IsLabel = true };

    /// <summary>How many levels the entries go down (1 for a flat list, 0 for none).</summary>
    public static int Depth(IReadOnlyList<TocEntry> entries) => entries.Count == 0 ? 0 : 1 + entries.Max(e => Depth(e.Children));
}
