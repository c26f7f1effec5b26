using System.Xml.Linq;

namespace Narrator.Books.Epub;

/// <summary>The package document (OPF): metadata, manifest, spine and EPUB 2 guide.</summary>
internal sealed class EpubPackage
{
    public required string Path { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Language { get; init; }

    public required IReadOnlyDictionary<string, ManifestItem> Manifest { get; init; }

    public required IReadOnlyList<SpineItem> Spine { get; init; }

    /// <summary>The NCX's manifest id named by the spine's <c>toc</c> attribute (EPUB 2).</summary>
    public string? SpineToc { get; init; }

    public string? CoverId { get; init; }

    /// <summary>EPUB 2 guide: entry path (with fragment, if any) → reference type.</summary>
    public required IReadOnlyList<(string Entry, string? Fragment, string Type)> Guide { get; init; }

    public static string FindPackagePath(EpubArchive archive)
    {
        const string container = "META-INF/container.xml";
        if (!archive.Exists(container))
        {
            throw new BookException($"'{archive.File}' is not an EPUB: {container} is missing.");
        }

        var doc = EpubXml.Load(archive, container);
        var fullPath = doc.All("rootfile").Select(r => r.Attr("full-path")).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p))
            ?? throw new BookException($"'{archive.File}': {container} names no package document (rootfile full-path).");
        var path = EpubPaths.Combine("", fullPath, archive.File);
        if (!archive.Exists(path))
        {
            throw new BookException($"'{archive.File}': the package document '{path}' named in {container} is missing.");
        }

        return path;
    }

    public static EpubPackage Load(EpubArchive archive, string path)
    {
        var doc = EpubXml.Load(archive, path);
        var folder = EpubPaths.FolderOf(path);
        var metadata = doc.All("metadata").FirstOrDefault();
        var manifest = new Dictionary<string, ManifestItem>(StringComparer.Ordinal);
        foreach (var item in doc.All("manifest").SelectMany(m => m.Children("item")))
        {
            if (item.Attr("id") is { } id && item.Attr("href") is { } href)
            {
                manifest.TryAdd(id, new ManifestItem(id, EpubPaths.Combine(folder, Uri.UnescapeDataString(href), archive.File), item.Attr("media-type") ?? "", item.Attr("properties")));
            }
        }

        var spineElement = doc.All("spine").FirstOrDefault();
        var spine = spineElement?.Children("itemref")
            .Select(r => (Id: r.Attr("idref"), Linear: r.Attr("linear") != "no"))
            .Where(r => r.Id is not null && manifest.ContainsKey(r.Id))
            .Select(r => new SpineItem(manifest[r.Id!], r.Linear))
            .ToList() ?? [];
        if (spine.Count == 0)
        {
            throw new BookException($"'{archive.File}': the package document '{path}' has no spine (no reading order), so there is nothing to read.");
        }

        var guide = doc.All("guide").SelectMany(g => g.Children("reference"))
            .Where(r => r.Attr("href") is not null && r.Attr("type") is not null)
            .Select(r =>
            {
                var (entry, fragment) = EpubPaths.Resolve(folder, r.Attr("href")!, archive.File);
                return (entry, fragment, r.Attr("type")!.ToLowerInvariant());
            })
            .ToList();

        return new EpubPackage
        {
            Path = path,
            Title = Text(metadata, "title"),
            Author = Authors(metadata),
            Language = Text(metadata, "language"),
            Manifest = manifest,
            Spine = spine,
            SpineToc = spineElement?.Attr("toc"),
            CoverId = metadata?.Children("meta").FirstOrDefault(m => m.Attr("name") == "cover")?.Attr("content"),
            Guide = guide,
        };
    }

    private static string? Text(XElement? metadata, string name) =>
        metadata?.Children(name).Select(e => Collapse(e.Value)).FirstOrDefault(v => v.Length > 0);

    /// <summary>dc:creator elements that are authors (no role, or role "aut"), joined with " and ".</summary>
    private static string? Authors(XElement? metadata)
    {
        var creators = metadata?.Children("creator")
            .Where(c => c.Attr("role") is null or "aut")
            .Select(c => Collapse(c.Value))
            .Where(v => v.Length > 0)
            .ToList() ?? [];
        return creators.Count == 0 ? null : string.Join(" and ", creators);
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

internal sealed record ManifestItem(string Id, string Entry, string MediaType, string? Properties);

internal sealed record SpineItem(ManifestItem Item, bool Linear);
