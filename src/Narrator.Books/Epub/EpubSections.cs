using AngleSharp.Dom;
using Narrator.Books.Assembly;

namespace Narrator.Books.Epub;

/// <summary>
/// Walks the spine in order and cuts it into sections where chapter-level TOC entries point: at a
/// file's start or at an anchor inside it (what comes before the anchor stays with the previous
/// chapter). Spine files the TOC does not name attach to the preceding chapter, or become front
/// matter before the first; non-linear spine files stand alone as front or back matter. A book
/// without a usable TOC gets one chapter per spine file, titled by its first heading.
/// </summary>
internal sealed class EpubSections
{
    private readonly EpubArchive _archive;
    private readonly Dictionary<(string, string?), string> _landmarks = [];
    private readonly List<Section> _sections = [];
    private bool _seenBody;
    private Section? _open;

    private EpubSections(EpubArchive archive, IEnumerable<(string Entry, string? Fragment, string Type)> landmarks)
    {
        _archive = archive;
        foreach (var (entry, fragment, type) in landmarks)
        {
            _landmarks.TryAdd((entry, fragment), type);
        }
    }

    public static List<Section> Build(
        EpubArchive archive,
        EpubPackage package,
        IReadOnlyList<ChapterStart> starts,
        IEnumerable<(string Entry, string? Fragment, string Type)> landmarks,
        BookReadOptions options,
        List<string> warnings)
    {
        var builder = new EpubSections(archive, landmarks.Concat(package.Guide));
        var documents = package.Spine.Where(s => IsContentDocument(s.Item)).ToList();
        if (documents.Count == 0 && package.Spine.Count > 0)
        {
            var kinds = package.Spine.GroupBy(s => s.Item.MediaType.Length == 0 ? "no media type" : s.Item.MediaType).Select(g => $"{g.Count()} {g.Key}");
            throw new BookException($"'{archive.File}' has no text to narrate: its reading order holds only pages that are not XHTML text ({string.Join(", ", kinds)}), such as scanned or drawn pages. Narrate a text edition of it.");
        }

        foreach (var skipped in package.Spine.Except(documents))
        {
            warnings.Add($"'{archive.File}': the reading order holds '{skipped.Item.Entry}' ({(skipped.Item.MediaType.Length == 0 ? "no media type" : skipped.Item.MediaType)}), which is not an XHTML document; it was skipped.");
        }

        var inSpine = documents.Select(s => s.Item.Entry).ToHashSet(StringComparer.Ordinal);
        var byEntry = starts.Where(s => inSpine.Contains(s.Entry.Entry)).ToLookup(s => s.Entry.Entry, StringComparer.Ordinal);
        var noToc = byEntry.Count == 0;
        foreach (var spineItem in documents)
        {
            builder.AddDocument(spineItem, byEntry[spineItem.Item.Entry].ToList(), noToc, options.ReadFootnotes);
        }

        return builder._sections;
    }

    // Only (X)HTML is text to read: images, SVG pages, audio and anything else in the spine are not.
    private static bool IsContentDocument(ManifestItem item) =>
        item.MediaType is "application/xhtml+xml" or "text/html" or "application/html"
        || (item.MediaType.Length == 0 && Path.GetExtension(item.Entry).ToLowerInvariant() is ".xhtml" or ".html" or ".htm");

    private void AddDocument(SpineItem spineItem, List<ChapterStart> starts, bool noToc, bool readFootnotes)
    {
        var entry = spineItem.Item.Entry;
        var html = Xhtml.Parse(_archive.ReadText(entry));
        var body = html.Body ?? html.DocumentElement;
        var docStarts = new List<ChapterStart>();
        var anchored = new Dictionary<string, List<ChapterStart>>(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            if (start.Entry.Fragment is { } fragment && html.GetElementById(fragment) is not null)
            {
                Stack(anchored.TryGetValue(fragment, out var list) ? list : anchored[fragment] = [], start);
            }
            else
            {
                Stack(docStarts, start);
            }
        }

        var items = XhtmlExtractor.Extract(body, entry, anchored.Keys.ToHashSet(StringComparer.Ordinal), readFootnotes);
        var current = _open;
        var untitled = current is null || !spineItem.Linear || noToc;
        if (docStarts.Count > 0)
        {
            current = Start(docStarts, DocumentTypes(body), (entry, null), spineItem.Linear);
        }
        else if (untitled)
        {
            var title = items.FirstOrDefault(i => i.Block?.Kind == BlockKind.Heading && !i.IsFootnote)?.Block!.Text;
            var kind = Matter.FromTypes(DocumentTypes(body)) ?? (title is null ? null : Matter.FromTitle(title))
                ?? (noToc && spineItem.Linear ? ChapterKind.Body : _seenBody ? ChapterKind.BackMatter : ChapterKind.FrontMatter);
            var fallback = kind == ChapterKind.Body ? $"Chapter {_sections.Count(s => s.Kind == ChapterKind.Body) + 1}" : kind == ChapterKind.FrontMatter ? "Front matter" : "Back matter";
            current = Add(new Section(title ?? fallback, kind) { TitleFromHeading = title is not null });
        }

        foreach (var item in items)
        {
            if (item.Anchor is { } anchor)
            {
                var element = html.GetElementById(anchor)!;
                current = Start(anchored[anchor], element.AncestorsAndSelf().SelectMany(Xhtml.Types), (entry, anchor), spineItem.Linear);
            }
            else if (item.Block is { } block)
            {
                (item.IsFootnote ? current!.Footnotes : current!.Blocks).Add(block);
            }
        }

        if (spineItem.Linear || docStarts.Count > 0)
        {
            // What follows a non-linear file the TOC does not name attaches to the chapter before it.
            _open = current;
        }
    }

    /// <summary>
    /// Parts stack up at one place (a TOC label, or "Part One" pointing where its first chapter
    /// starts): each starts a section there, and so does the first chapter; a second chapter
    /// entry for the same place adds nothing.
    /// </summary>
    private static void Stack(List<ChapterStart> list, ChapterStart start)
    {
        if (start.IsPart || list.TrueForAll(s => s.IsPart))
        {
            list.Add(start);
        }
    }

    /// <summary>Starts a section for each of <paramref name="starts"/> (parts first) and returns the last.</summary>
    private Section Start(List<ChapterStart> starts, IEnumerable<string> types, (string, string?) target, bool linear)
    {
        var typeList = types.ToList();
        var kindHere = Matter.FromTypes(typeList) ?? (_landmarks.TryGetValue(target, out var landmark) ? Matter.FromTypes([landmark]) : null);
        Section? section = null;
        foreach (var start in starts)
        {
            var kind = kindHere ?? Matter.FromTitle(start.Entry.Title)
                ?? (linear ? ChapterKind.Body : _seenBody ? ChapterKind.BackMatter : ChapterKind.FrontMatter);
            section = Add(new Section(start.Entry.Title, kind)
            {
                IsPart = start.IsPart,
                TitleFromHeading = !start.Entry.IsLabel,
                InnerLevel = !start.IsPart && start.Entry.Children.Count > 0 ? start.Level + 1 : null,
            });
        }

        return section!;
    }

    private Section Add(Section section)
    {
        _seenBody |= section.Kind == ChapterKind.Body;
        _sections.Add(section);
        return section;
    }

    /// <summary>Structural types of the body and of its first typed section-like element.</summary>
    private static IEnumerable<string> DocumentTypes(IElement body)
    {
        var first = body.QuerySelectorAll("section, article, div, nav, header").FirstOrDefault(e => e.HasAttribute("epub:type"));
        return first is null ? Xhtml.Types(body) : Xhtml.Types(body).Concat(Xhtml.Types(first));
    }
}

internal static class ElementExtensions
{
    public static IEnumerable<IElement> AncestorsAndSelf(this IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            yield return e;
        }
    }
}
