namespace Narrator.Books.Epub;

/// <summary>One entry of the table of contents: its title, where it points, and the entries nested under it.</summary>
internal sealed record TocEntry(string Title, string Entry, string? Fragment, IReadOnlyList<TocEntry> Children);
