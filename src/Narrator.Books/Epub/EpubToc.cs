using AngleSharp.Dom;

namespace Narrator.Books.Epub;

/// <summary>Reads the table of contents (EPUB 3 navigation document, else EPUB 2 NCX) and the landmarks.</summary>
internal static class EpubToc
{
    public static (List<TocEntry> Toc, List<(string Entry, string? Fragment, string Type)> Landmarks) Read(EpubArchive archive, EpubPackage package)
    {
        var landmarks = new List<(string, string?, string)>();
        var nav = package.Manifest.Values.FirstOrDefault(i => EpubXml.HasToken(i.Properties, "nav"));
        if (nav is not null && archive.Exists(nav.Entry))
        {
            var doc = Xhtml.Parse(archive.ReadText(nav.Entry));
            var folder = EpubPaths.FolderOf(nav.Entry);
            var navs = doc.QuerySelectorAll("nav").ToList();
            var tocNav = navs.FirstOrDefault(n => Xhtml.Types(n).Contains("toc")) ?? navs.FirstOrDefault(n => Xhtml.Types(n).Length == 0);
            foreach (var landmarkNav in navs.Where(n => Xhtml.Types(n).Contains("landmarks")))
            {
                foreach (var a in landmarkNav.QuerySelectorAll("a[href]"))
                {
                    var (entry, fragment) = EpubPaths.Resolve(folder, a.GetAttribute("href")!, archive.File);
                    landmarks.AddRange(Xhtml.Types(a).Select(t => (entry, fragment, t)));
                }
            }

            var list = tocNav?.Children.FirstOrDefault(c => c.LocalName is "ol" or "ul");
            var toc = list is null ? [] : NavList(list, folder, archive.File);
            if (toc.Count > 0)
            {
                return (toc, landmarks);
            }
        }

        var ncx = (package.SpineToc is { } id && package.Manifest.TryGetValue(id, out var item) ? item : null)
            ?? package.Manifest.Values.FirstOrDefault(i => i.MediaType == "application/x-dtbncx+xml");
        if (ncx is null || !archive.Exists(ncx.Entry))
        {
            return ([], landmarks);
        }

        var ncxDoc = EpubXml.Load(archive, ncx.Entry);
        var navMap = ncxDoc.All("navMap").FirstOrDefault();
        return (navMap is null ? [] : NavPoints(navMap, EpubPaths.FolderOf(ncx.Entry), archive.File), landmarks);
    }

    private static List<TocEntry> NavList(IElement list, string folder, string file)
    {
        var entries = new List<TocEntry>();
        foreach (var li in list.Children.Where(c => c.LocalName == "li"))
        {
            var label = li.Children.FirstOrDefault(c => c.LocalName is "a" or "span");
            var sub = li.Children.FirstOrDefault(c => c.LocalName is "ol" or "ul");
            var children = sub is null ? [] : NavList(sub, folder, file);
            var href = label?.GetAttribute("href");
            if (href is null)
            {
                AddLabel(entries, label is null ? "" : Xhtml.Collapse(label.TextContent), children);
                continue;
            }

            var (entry, fragment) = EpubPaths.Resolve(folder, href, file);
            entries.Add(new TocEntry(Xhtml.Collapse(label!.TextContent), entry, fragment, children));
        }

        return entries;
    }

    private static List<TocEntry> NavPoints(System.Xml.Linq.XElement parent, string folder, string file)
    {
        var entries = new List<TocEntry>();
        foreach (var point in parent.Children("navPoint"))
        {
            var children = NavPoints(point, folder, file);
            var src = point.Children("content").FirstOrDefault()?.Attr("src");
            var label = point.Children("navLabel").FirstOrDefault()?.Value ?? "";
            if (src is null)
            {
                AddLabel(entries, Xhtml.Collapse(label), children);
                continue;
            }

            var (entry, fragment) = EpubPaths.Resolve(folder, src, file);
            entries.Add(new TocEntry(Xhtml.Collapse(label), entry, fragment, children));
        }

        return entries;
    }

    /// <summary>An entry without a link: a label over its children when it has a title, else the children in its place.</summary>
    private static void AddLabel(List<TocEntry> entries, string title, List<TocEntry> children)
    {
        if (TocEntry.Label(title, children) is { } label)
        {
            entries.Add(label);
        }
        else
        {
            entries.AddRange(children);
        }
    }
}
