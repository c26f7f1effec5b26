using System.Xml.Linq;

namespace Narrator.Books.ReadAlong;

/// <summary>The EPUB 3 navigation document: from an EPUB 2 NCX's navMap, or from a list of chapters.</summary>
internal static class Navigation
{
    private static readonly XNamespace Html = XhtmlFile.Html;

    /// <summary>The NCX's navPoints as nested list items; their hrefs are kept, so the document goes in the NCX's folder.</summary>
    public static List<XElement> FromNcx(XElement? navMap) => navMap is null ? [] : Points(navMap);

    public static List<XElement> FromChapters(IEnumerable<(string Label, string Href)> chapters) =>
        chapters.Select(c => Entry(c.Label, c.Href, null)).ToList();

    private static List<XElement> Points(XElement parent) =>
        parent.Elements().Where(e => e.Name.LocalName == "navPoint").Select(point =>
        {
            var label = point.Elements().FirstOrDefault(e => e.Name.LocalName == "navLabel")?.Value.Trim() ?? string.Empty;
            var src = (string?)point.Elements().FirstOrDefault(e => e.Name.LocalName == "content")?.Attribute("src") ?? string.Empty;
            var children = Points(point);
            return Entry(label.Length > 0 ? label : "—", src, children.Count > 0 ? children : null);
        }).ToList();

    private static XElement Entry(string label, string href, List<XElement>? children)
    {
        var item = new XElement(Html + "li", new XElement(Html + "a", new XAttribute("href", href), label));
        if (children is not null)
        {
            item.Add(new XElement(Html + "ol", children));
        }

        return item;
    }

    /// <summary>The navigation document listing <paramref name="entries"/> (at least one).</summary>
    public static byte[] Document(string title, List<XElement> entries)
    {
        var html = new XElement(
            Html + "html",
            new XAttribute(XNamespace.Xmlns + "epub", MediaOverlay.Ops),
            new XElement(Html + "head", new XElement(Html + "title", title)),
            new XElement(Html + "body", new XElement(Html + "nav", new XAttribute(MediaOverlay.Ops + "type", "toc"), new XElement(Html + "h1", title), new XElement(Html + "ol", entries))));
        return XhtmlFile.Serialize(new XDocument(html));
    }
}
