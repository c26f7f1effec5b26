using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Narrator.Books.ReadAlong;

/// <summary>
/// An EPUB content document read as XML and written back as EPUB 3 XHTML: the doctype becomes <c>&lt;!DOCTYPE html&gt;</c>
/// (EPUB 2's XHTML 1.1 doctype is not allowed in EPUB 3) and HTML's named entities become the characters they name.
/// </summary>
internal static partial class XhtmlFile
{
    public static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    public static XDocument Parse(string text, string what)
    {
        var withoutDoctype = Doctype().Replace(text, string.Empty, 1);
        var withoutEntities = Entity().Replace(withoutDoctype, m => m.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos"
            ? m.Value
            : WebUtility.HtmlDecode(m.Value) is var decoded && decoded != m.Value ? $"&#{char.ConvertToUtf32(decoded, 0)};" : m.Value);
        try
        {
            return XDocument.Parse(withoutEntities, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new BookException($"{what} is not well-formed XHTML (line {e.LineNumber}: {e.Message}); a read-along book keeps the manuscript's own documents, so they must parse as XML.", e);
        }
    }

    public static byte[] Serialize(XDocument document)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        text.Append(document.Root!.ToString(SaveOptions.DisableFormatting)).Append('\n');
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>
    /// XHTML 1.1's <c>&lt;a name&gt;</c> anchors (EPUB 2) as HTML5 wants them: the name becomes the id where the element has
    /// none, and the attribute goes (EPUB 3 refuses it).
    /// </summary>
    public static XDocument WithoutNameAnchors(XDocument document)
    {
        var ids = document.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var anchor in document.Descendants().Where(e => e.Name.LocalName == "a" && e.Attribute("name") is not null).ToList())
        {
            var name = (string)anchor.Attribute("name")!;
            if (anchor.Attribute("id") is null && System.Xml.XmlConvert.IsStartNCNameChar(name.FirstOrDefault(' ')) && ids.Add(name))
            {
                anchor.SetAttributeValue("id", name);
            }

            anchor.Attribute("name")!.Remove();
        }

        return document;
    }

    /// <summary>Adds a stylesheet link to the document's head (making a head if it has none).</summary>
    public static void LinkStylesheet(XDocument document, string href)
    {
        var root = document.Root!;
        var head = root.Elements().FirstOrDefault(e => e.Name.LocalName == "head");
        if (head is null)
        {
            head = new XElement(root.Name.Namespace + "head");
            root.AddFirst(head);
        }

        head.Add(new XElement(root.Name.Namespace + "link", new XAttribute("rel", "stylesheet"), new XAttribute("type", "text/css"), new XAttribute("href", href)));
    }

    [GeneratedRegex(@"<!DOCTYPE[^>\[]*(\[[^\]]*\])?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex Entity();
}
