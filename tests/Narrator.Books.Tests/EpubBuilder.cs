using System.IO.Compression;
using System.Text;

namespace Narrator.Books.Tests;

/// <summary>Builds small EPUBs at test time, including broken and hostile ones (no binaries in git).</summary>
internal sealed class EpubBuilder
{
    private readonly List<(string Name, byte[] Data)> _entries = [];

    public static string Xhtml(string body, string title = "t") =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
        + $"xmlns:ssml=\"http://www.w3.org/2001/10/synthesis\">\n<head><title>{title}</title></head>\n<body>\n{body}\n</body>\n</html>\n";

    /// <summary>A valid EPUB 3 with the given chapter files (name → body) and nav entries (href → title).</summary>
    public static EpubBuilder Standard(IEnumerable<(string Name, string Body)> files, IEnumerable<(string Href, string Title)>? toc = null, string extraManifest = "")
    {
        var list = files.ToList();
        var manifest = string.Concat(list.Select((f, i) => $"<item id=\"f{i}\" href=\"{f.Name}\" media-type=\"application/xhtml+xml\"/>"));
        var spine = string.Concat(list.Select((_, i) => $"<itemref idref=\"f{i}\"/>"));
        var builder = new EpubBuilder().Container().Opf(manifest + "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>" + extraManifest, spine);
        var items = string.Concat((toc ?? []).Select(t => $"<li><a href=\"{t.Href}\">{t.Title}</a></li>"));
        builder.Add("OEBPS/nav.xhtml", Xhtml($"<nav epub:type=\"toc\"><ol>{items}</ol></nav>"));
        foreach (var (name, body) in list)
        {
            builder.Add("OEBPS/" + name, Xhtml(body));
        }

        return builder;
    }

    public EpubBuilder Container(string opfPath = "OEBPS/content.opf") =>
        Add("META-INF/container.xml", $"<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"{opfPath}\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");

    public EpubBuilder Opf(string manifest, string spine, string path = "OEBPS/content.opf") =>
        Add(path, "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + $"<dc:title>Test Book</dc:title><dc:creator>A. Writer</dc:creator><dc:language>en-GB</dc:language></metadata><manifest>{manifest}</manifest><spine>{spine}</spine></package>");

    public EpubBuilder Add(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text));

    public EpubBuilder Add(string name, byte[] data)
    {
        _entries.RemoveAll(e => e.Name == name);
        _entries.Add((name, data));
        return this;
    }

    public string Write(string fileName = "book.epub")
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var stream = mimetype.Open())
            {
                stream.Write("application/epub+zip"u8);
            }

            foreach (var (name, data) in _entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(data);
            }
        }

        return TestFiles.Temp(fileName, memory.ToArray());
    }
}
