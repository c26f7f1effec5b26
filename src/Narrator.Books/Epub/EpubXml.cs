using System.Xml;
using System.Xml.Linq;

namespace Narrator.Books.Epub;

/// <summary>Loads the EPUB's XML files (container, package, NCX, PLS, encryption) safely: no DTDs, no external resources.</summary>
internal static class EpubXml
{
    public static XDocument Load(EpubArchive archive, string entryPath) =>
        Parse(archive.ReadBytes(entryPath), $"'{archive.File}': the entry '{entryPath}'");

    /// <summary>Parses XML bytes; <paramref name="what"/> names the file (and entry) in the error.</summary>
    public static XDocument Parse(byte[] bytes, string what)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new BookException($"{what} is not well-formed XML (line {e.LineNumber}: {e.Message}).", e);
        }
    }

    /// <summary>Elements with this local name, in any namespace (EPUBs are loose about namespaces).</summary>
    public static IEnumerable<XElement> All(this XContainer container, string localName) =>
        container.Descendants().Where(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> Children(this XContainer container, string localName) =>
        container.Elements().Where(e => e.Name.LocalName == localName);

    public static string? Attr(this XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    public static bool HasToken(string? list, string token) =>
        list is not null && list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);
}
