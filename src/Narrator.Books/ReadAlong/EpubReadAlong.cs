using System.Xml.Linq;
using Narrator.Books.Epub;

namespace Narrator.Books.ReadAlong;

/// <summary>
/// A read-along copy of an EPUB (2 or 3): the book's own documents, with an id on every narrated sentence, one Media
/// Overlay per synchronized document, the audio and a highlight style added, and the package raised to EPUB 3 (an
/// EPUB 2 gets a navigation document made from its NCX, and loses what EPUB 3 no longer allows).
/// </summary>
internal static class EpubReadAlong
{
    public static ReadAlongResult Write(Book book, IReadOnlyList<ReadAlongAudio> audio, IReadOnlyList<ReadAlongClip> clips, string outputPath)
    {
        using var archive = EpubArchive.Open(book.SourcePath, BookReadOptions.Default);
        var packageEntry = EpubPackage.FindPackagePath(archive);
        var package = EpubPackage.Load(archive, packageEntry);
        var opf = EpubXml.Load(archive, packageEntry).Root!;
        var folder = EpubPaths.FolderOf(packageEntry);
        var readAlong = Unused(archive, folder + "readalong");
        var cssEntry = $"{readAlong}/readalong.css";
        var audioEntries = audio.Select((_, i) => $"{readAlong}/audio/{i + 1:000}.mp3").ToList();
        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var added = new List<(string Entry, byte[]? Bytes, string? File)>();
        var overlays = new List<(string DocumentItemId, MediaOverlay Overlay)>();
        var warnings = new List<string>();
        var synchronized = 0;

        foreach (var document in clips.GroupBy(c => DocumentOf(book, c)).Where(g => g.Key is not null))
        {
            var entry = document.Key!;
            if (package.Manifest.Values.FirstOrDefault(i => i.Entry == entry) is not { } item || !archive.Exists(entry))
            {
                warnings.Add($"'{archive.File}': '{entry}' is not in the package; its {document.Count()} utterance(s) are not synchronized.");
                continue;
            }

            var xhtml = XhtmlFile.Parse(archive.ReadText(entry), $"'{archive.File}': the entry '{entry}'");
            var list = document.ToList();
            var ids = SentenceMarker.For(xhtml).Mark(list.Select(c => c.Text).ToList(), "nr-s", i => list[i].Block is null);
            XhtmlFile.LinkStylesheet(xhtml, MediaOverlay.Href(entry, cssEntry));
            replaced[entry] = XhtmlFile.Serialize(xhtml);
            var overlay = new MediaOverlay($"{readAlong}/{Path.GetFileNameWithoutExtension(entry)}-{overlays.Count + 1}.smil", entry);
            for (var i = 0; i < list.Count; i++)
            {
                if (ids[i] is { } id)
                {
                    overlay.Add(id, audioEntries[list[i].Audio], list[i].Begin, list[i].End);
                }
            }

            var missing = ids.Count(id => id is null);
            if (missing > 0)
            {
                warnings.Add($"'{archive.File}': {missing} of {list.Count} utterance(s) were not found in '{entry}' and are not highlighted (first: \"{list[ids.ToList().IndexOf(null)].Text}\").");
            }

            if (overlay.Count > 0)
            {
                synchronized += overlay.Count;
                overlays.Add((item.Id, overlay));
                added.Add((overlay.Entry, overlay.Serialize(), null));
            }
        }

        if (!IsEpub3(opf))
        {
            Upgrade(archive, book, package, packageEntry, opf, replaced, added);
        }

        PackageFiles.Modified(opf.Elements().First(e => e.Name.LocalName == "metadata"));
        PackageFiles.AddOverlays(opf, packageEntry, overlays, audioEntries, cssEntry);
        replaced[packageEntry] = PackageFiles.Xml(opf);
        added.Add((cssEntry, PackageFiles.Stylesheet(), null));
        added.AddRange(audio.Select((a, i) => (audioEntries[i], (byte[]?)null, (string?)a.Path)));

        var kept = archive.Entries.Where(e => e != "mimetype" && !e.EndsWith('/')).Select(e => (Entry: e, Bytes: (byte[]?)(replaced.TryGetValue(e, out var bytes) ? bytes : archive.ReadBytes(e)), File: (string?)null));
        PackageFiles.WriteZip(outputPath, kept.Concat(added));
        return new ReadAlongResult(outputPath, synchronized, warnings);
    }

    /// <summary>The entry holding a clip's text: its block's file, or for a title the file of the chapter's first block.</summary>
    private static string? DocumentOf(Book book, ReadAlongClip clip)
    {
        var chapter = book.Chapters.FirstOrDefault(c => c.Index == clip.Chapter);
        return chapter is null ? null
            : clip.Block is { } b && b < chapter.Blocks.Count ? chapter.Blocks[b].Location.File
            : chapter.Blocks.FirstOrDefault()?.Location.File;
    }

    private static bool IsEpub3(XElement opf) => ((string?)opf.Attribute("version") ?? "").StartsWith('3');

    /// <summary>
    /// EPUB 2 to EPUB 3: version 3.0, no <c>opf:</c> attributes on the metadata, one <c>dc:date</c>, every XHTML document
    /// with the HTML doctype, and a navigation document made from the NCX.
    /// </summary>
    private static void Upgrade(EpubArchive archive, Book book, EpubPackage package, string packageEntry, XElement opf, Dictionary<string, byte[]> replaced, List<(string Entry, byte[]? Bytes, string? File)> added)
    {
        opf.SetAttributeValue("version", "3.0");
        var metadata = opf.Elements().First(e => e.Name.LocalName == "metadata");
        foreach (var attribute in metadata.Descendants().Attributes().Where(a => a.Name.Namespace == PackageFiles.Opf).ToList())
        {
            attribute.Remove();
        }

        foreach (var date in metadata.Elements().Where(e => e.Name == PackageFiles.Dc + "date").Skip(1).ToList())
        {
            date.Remove();
        }

        foreach (var item in package.Manifest.Values.Where(i => i.MediaType == "application/xhtml+xml" && !replaced.ContainsKey(i.Entry) && archive.Exists(i.Entry)))
        {
            replaced[item.Entry] = XhtmlFile.Serialize(XhtmlFile.Parse(archive.ReadText(item.Entry), $"'{archive.File}': the entry '{item.Entry}'"));
        }

        foreach (var (entry, bytes) in replaced.ToList())
        {
            replaced[entry] = XhtmlFile.Serialize(XhtmlFile.WithoutNameAnchors(XhtmlFile.Parse(System.Text.Encoding.UTF8.GetString(bytes), entry)));
        }

        if (package.Manifest.Values.Any(i => EpubXml.HasToken(i.Properties, "nav")))
        {
            return;
        }

        var ncx = package.SpineToc is { } tocId && package.Manifest.TryGetValue(tocId, out var toc) ? toc.Entry
            : package.Manifest.Values.FirstOrDefault(i => i.MediaType == "application/x-dtbncx+xml")?.Entry;
        var navFolder = EpubPaths.FolderOf(ncx ?? packageEntry);
        var navEntry = Unused(archive, navFolder + "nav", ".xhtml");
        var entries = Navigation.FromNcx(ncx is not null && archive.Exists(ncx) ? EpubXml.Load(archive, ncx).Root!.Elements().FirstOrDefault(e => e.Name.LocalName == "navMap") : null);
        if (entries.Count == 0)
        {
            entries = Navigation.FromChapters(book.Chapters.Where(c => c.Blocks.Count > 0).Select(c => (c.Title, MediaOverlay.Href(navEntry, c.Blocks[0].Location.File))));
        }

        added.Add((navEntry, Navigation.Document(book.Title, entries), null));
        opf.Elements().First(e => e.Name.LocalName == "manifest").Add(PackageFiles.Item("readalong-nav", MediaOverlay.Href(packageEntry, navEntry), "application/xhtml+xml", "nav"));
    }

    /// <summary>A name that no entry of the archive has (or starts with, for a folder).</summary>
    private static string Unused(EpubArchive archive, string stem, string extension = "")
    {
        var name = stem + extension;
        for (var n = 2; archive.Entries.Any(e => e == name || e.StartsWith(name + "/", StringComparison.Ordinal)); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        return name;
    }
}
