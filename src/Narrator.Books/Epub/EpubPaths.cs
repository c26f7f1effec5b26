namespace Narrator.Books.Epub;

/// <summary>Resolves hrefs inside an EPUB to entry names, refusing any that leave the archive's root.</summary>
internal static class EpubPaths
{
    /// <summary>The folder of an entry ("OEBPS/" for "OEBPS/content.opf", "" at the root).</summary>
    public static string FolderOf(string entryPath)
    {
        var slash = entryPath.LastIndexOf('/');
        return slash < 0 ? "" : entryPath[..(slash + 1)];
    }

    /// <summary>Splits "a.xhtml#frag" into the entry it names (resolved against <paramref name="baseFolder"/>) and the fragment.</summary>
    public static (string Entry, string? Fragment) Resolve(string baseFolder, string href, string file)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var path = hash >= 0 ? href[..hash] : href;
        return (path.Length == 0 ? "" : Combine(baseFolder, Uri.UnescapeDataString(path), file), string.IsNullOrEmpty(fragment) ? null : fragment);
    }

    public static string Combine(string baseFolder, string relative, string file)
    {
        var path = relative.Replace('\\', '/');
        if (path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal))
        {
            throw new BookException($"'{file}': the reference '{relative}' is an absolute path or URL; an EPUB may only refer to its own entries.");
        }

        var parts = new List<string>();
        foreach (var part in (baseFolder + path).Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    throw new BookException($"'{file}': the reference '{relative}' leads outside the book (path traversal); the EPUB is damaged or malicious.");
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }
}
