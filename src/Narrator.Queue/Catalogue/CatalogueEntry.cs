namespace Narrator.Queue.Catalogue;

/// <summary>One book to narrate: its manuscript, and the name of its render folder inside the shared folder (default: the manuscript's file name without extension).</summary>
/// <param name="Manuscript">The manuscript (EPUB, Markdown or text).</param>
/// <param name="Folder">The render folder's name inside the shared folder; null for the manuscript's file name without extension.</param>
public sealed record CatalogueEntry(string Manuscript, string? Folder = null)
{
    /// <summary>The folder name used.</summary>
    public string FolderName => Folder is { Length: > 0 } folder ? folder : Path.GetFileNameWithoutExtension(Manuscript);
}
