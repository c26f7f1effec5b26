using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Narrator.Books.ReadAlong;

/// <summary>
/// A read-along EPUB 3 made for a manuscript that is not an EPUB (Markdown, plain text): one XHTML document per
/// chapter with its titles and blocks, every utterance in a <c>&lt;span id&gt;</c> cut from the block's text at the
/// utterance's own range, a navigation document, and a Media Overlay per chapter.
/// </summary>
internal static class GeneratedReadAlong
{
    private const string Root = "EPUB";
    private static readonly XNamespace Html = XhtmlFile.Html;

    public static ReadAlongResult Write(Book book, IReadOnlyList<ReadAlongAudio> audio, IReadOnlyList<ReadAlongClip> clips, string outputPath)
    {
        const string packageEntry = Root + "/package.opf";
        const string cssEntry = Root + "/readalong.css";
        var audioEntries = audio.Select((_, i) => $"{Root}/audio/{i + 1:000}.mp3").ToList();
        var entries = new List<(string Entry, byte[]? Bytes, string? File)>();
        var manifest = new List<XElement>();
        var spine = new List<XElement>();
        var overlays = new List<(string DocumentItemId, MediaOverlay Overlay)>();
        var navigation = new List<(string Label, string Href)>();
        var synchronized = 0;
        foreach (var chapter in book.Chapters)
        {
            var entry = $"{Root}/text/chapter-{chapter.Index:000}.xhtml";
            var itemId = $"chapter-{chapter.Index:000}";
            var mine = clips.Where(c => c.Chapter == chapter.Index).ToList();
            var overlay = new MediaOverlay($"{Root}/overlays/chapter-{chapter.Index:000}.smil", entry);
            entries.Add((entry, XhtmlFile.Serialize(Document(book, chapter, mine, (clip, id) => overlay.Add(id, audioEntries[clip.Audio], clip.Begin, clip.End))), null));
            manifest.Add(PackageFiles.Item(itemId, MediaOverlay.Href(packageEntry, entry), "application/xhtml+xml"));
            spine.Add(new XElement(PackageFiles.Opf + "itemref", new XAttribute("idref", itemId)));
            navigation.Add((chapter.Title, MediaOverlay.Href(Root + "/nav.xhtml", entry)));
            if (overlay.Count > 0)
            {
                synchronized += overlay.Count;
                overlays.Add((itemId, overlay));
                entries.Add((overlay.Entry, overlay.Serialize(), null));
            }
        }

        entries.Add((Root + "/nav.xhtml", Navigation.Document(book.Title, Navigation.FromChapters(navigation)), null));
        manifest.Insert(0, PackageFiles.Item("nav", "nav.xhtml", "application/xhtml+xml", "nav"));
        var package = Package(book, manifest, spine);
        PackageFiles.AddOverlays(package, packageEntry, overlays, audioEntries, cssEntry);
        entries.Add((cssEntry, PackageFiles.Stylesheet(), null));
        entries.AddRange(audio.Select((a, i) => (audioEntries[i], (byte[]?)null, (string?)a.Path)));
        var container = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"{packageEntry}\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>\n";
        entries.Insert(0, ("META-INF/container.xml", Encoding.UTF8.GetBytes(container), null));
        entries.Insert(1, (packageEntry, PackageFiles.Xml(package), null));
        PackageFiles.WriteZip(outputPath, entries);
        return new ReadAlongResult(outputPath, synchronized, []);
    }

    /// <summary>The chapter's XHTML; <paramref name="marked"/> is told each clip's element id as it is made.</summary>
    private static XDocument Document(Book book, Chapter chapter, List<ReadAlongClip> clips, Action<ReadAlongClip, string> marked)
    {
        var body = new XElement(Html + "section", new XAttribute(MediaOverlay.Ops + "type", "chapter"));
        var n = 0;
        string Id(ReadAlongClip clip)
        {
            var id = $"nr-s{++n}";
            marked(clip, id);
            return id;
        }

        var titles = clips.Where(c => c.Block is null).ToList();
        if (titles.Count == 0)
        {
            body.Add(new XElement(Html + "h1", chapter.Title));
        }

        foreach (var title in titles)
        {
            body.Add(new XElement(Html + "h1", new XAttribute("id", Id(title)), title.Text));
        }

        for (var b = 0; b < chapter.Blocks.Count; b++)
        {
            var block = chapter.Blocks[b];
            var element = new XElement(Html + (block.Kind == BlockKind.Heading ? "h2" : "p"));
            var position = 0;
            foreach (var clip in clips.Where(c => c.Block == b && c.Offset >= 0 && c.Offset + c.Length <= block.Text.Length).OrderBy(c => c.Offset))
            {
                if (clip.Offset < position)
                {
                    continue;
                }

                element.Add(block.Text[position..clip.Offset]);
                element.Add(new XElement(Html + "span", new XAttribute("id", Id(clip)), block.Text.Substring(clip.Offset, clip.Length)));
                position = clip.Offset + clip.Length;
            }

            element.Add(block.Text[position..]);
            body.Add(block.Kind == BlockKind.BlockQuote ? new XElement(Html + "blockquote", element) : element);
        }

        var html = new XElement(
            Html + "html",
            new XAttribute(XNamespace.Xmlns + "epub", MediaOverlay.Ops),
            new XAttribute(XNamespace.Xml + "lang", Language(book)),
            new XElement(
                Html + "head",
                new XElement(Html + "title", chapter.Title),
                new XElement(Html + "link", new XAttribute("rel", "stylesheet"), new XAttribute("type", "text/css"), new XAttribute("href", "../readalong.css"))),
            new XElement(Html + "body", body));
        return new XDocument(html);
    }

    private static XElement Package(Book book, List<XElement> manifest, List<XElement> spine)
    {
        var identifier = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{book.Title}\u001f{book.Author}\u001f{book.SourcePath}")).AsSpan(0, 16));
        var metadata = new XElement(
            PackageFiles.Opf + "metadata",
            new XAttribute(XNamespace.Xmlns + "dc", PackageFiles.Dc),
            new XElement(PackageFiles.Dc + "identifier", new XAttribute("id", "book-id"), $"urn:uuid:{identifier}"),
            new XElement(PackageFiles.Dc + "title", book.Title),
            new XElement(PackageFiles.Dc + "language", Language(book)));
        if (book.Author is { Length: > 0 } author)
        {
            metadata.Add(new XElement(PackageFiles.Dc + "creator", author));
        }

        PackageFiles.Modified(metadata);
        return new XElement(
            PackageFiles.Opf + "package",
            new XAttribute("version", "3.0"),
            new XAttribute("unique-identifier", "book-id"),
            new XAttribute(XNamespace.Xml + "lang", Language(book)),
            metadata,
            new XElement(PackageFiles.Opf + "manifest", manifest),
            new XElement(PackageFiles.Opf + "spine", spine));
    }

    private static string Language(Book book) => book.Language is { Length: > 0 } language ? language : "en";
}
