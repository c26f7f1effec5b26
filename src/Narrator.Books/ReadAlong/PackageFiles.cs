using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Narrator.Core.IO;

namespace Narrator.Books.ReadAlong;

/// <summary>
/// What both kinds of read-along book share: the package's overlay metadata and manifest items, the highlight style,
/// and the zip (mimetype first and stored, as OCF wants), written under a temporary name and renamed when complete.
/// </summary>
internal static class PackageFiles
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The class a reading system gives the element being read.</summary>
    public const string ActiveClass = "narrator-reading";

    public static byte[] Stylesheet() =>
        Encoding.UTF8.GetBytes($".{ActiveClass} {{ background-color: #fff1a8; color: inherit; }}\n");

    /// <summary>
    /// Adds to the package: the overlays and audio as manifest items, <c>media-overlay</c> on each synchronized
    /// document, <c>media:duration</c> for each overlay and in all, and <c>media:active-class</c>.
    /// </summary>
    public static void AddOverlays(XElement package, string packageEntry, IReadOnlyList<(string DocumentItemId, MediaOverlay Overlay)> overlays, IReadOnlyList<string> audioEntries, string cssEntry)
    {
        var metadata = package.Elements().First(e => e.Name.LocalName == "metadata");
        var manifest = package.Elements().First(e => e.Name.LocalName == "manifest");
        var ids = manifest.Elements().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        string NewId(string wanted)
        {
            var id = wanted;
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{wanted}-{n}";
            }

            return id;
        }

        var total = TimeSpan.Zero;
        for (var i = 0; i < overlays.Count; i++)
        {
            var (documentId, overlay) = overlays[i];
            var smilId = NewId($"overlay-{i + 1}");
            manifest.Add(Item(smilId, MediaOverlay.Href(packageEntry, overlay.Entry), "application/smil+xml"));
            manifest.Elements().First(e => (string?)e.Attribute("id") == documentId).SetAttributeValue("media-overlay", smilId);
            metadata.Add(Meta("media:duration", MediaOverlay.Clock(overlay.Duration), refines: "#" + smilId));
            total += overlay.Duration;
        }

        for (var i = 0; i < audioEntries.Count; i++)
        {
            manifest.Add(Item(NewId($"audio-{i + 1}"), MediaOverlay.Href(packageEntry, audioEntries[i]), "audio/mpeg"));
        }

        manifest.Add(Item(NewId("readalong-css"), MediaOverlay.Href(packageEntry, cssEntry), "text/css"));
        metadata.Add(Meta("media:duration", MediaOverlay.Clock(total)));
        metadata.Add(Meta("media:active-class", ActiveClass));
    }

    /// <summary>Sets <c>dcterms:modified</c> (EPUB 3 wants exactly one) to now.</summary>
    public static void Modified(XElement metadata)
    {
        var metas = metadata.Elements().Where(e => e.Name.LocalName == "meta" && (string?)e.Attribute("property") == "dcterms:modified").ToList();
        metas.Skip(1).ToList().ForEach(m => m.Remove());
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (metas.Count > 0)
        {
            metas[0].Value = now;
        }
        else
        {
            metadata.Add(Meta("dcterms:modified", now));
        }
    }

    public static XElement Item(string id, string href, string mediaType, string? properties = null)
    {
        var item = new XElement(Opf + "item", new XAttribute("id", id), new XAttribute("href", href), new XAttribute("media-type", mediaType));
        if (properties is not null)
        {
            item.SetAttributeValue("properties", properties);
        }

        return item;
    }

    public static XElement Meta(string property, string value, string? refines = null)
    {
        var meta = new XElement(Opf + "meta", new XAttribute("property", property), value);
        if (refines is not null)
        {
            meta.SetAttributeValue("refines", refines);
        }

        return meta;
    }

    public static byte[] Xml(XElement root) =>
        new UTF8Encoding(false).GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString() + "\n");

    /// <summary>Writes the EPUB: mimetype, then each entry (bytes, or a file on disk copied in), in order.</summary>
    public static void WriteZip(string outputPath, IEnumerable<(string Entry, byte[]? Bytes, string? File)> entries)
    {
        using var output = PendingFile.Create(outputPath);
        using (var stream = new FileStream(output.TemporaryPath, FileMode.Create, FileAccess.Write))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var m = mimetype.Open())
            {
                m.Write("application/epub+zip"u8);
            }

            foreach (var (entry, bytes, file) in entries)
            {
                var level = file is not null || entry.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase) || entry.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || entry.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
                    ? CompressionLevel.NoCompression
                    : CompressionLevel.Optimal;
                using var target = zip.CreateEntry(entry, level).Open();
                if (bytes is not null)
                {
                    target.Write(bytes);
                }
                else
                {
                    using var source = System.IO.File.OpenRead(file!);
                    source.CopyTo(target);
                }
            }
        }

        output.Commit();
    }
}
