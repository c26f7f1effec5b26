using Narrator.Books.Assembly;
using Narrator.Phonemes.Pronunciation;

namespace Narrator.Books.Epub;

/// <summary>Reads an EPUB 2 or 3: container → package → TOC → spine documents → chapters.</summary>
internal static class EpubReader
{
    public static Book Read(string path, BookReadOptions options)
    {
        using var archive = EpubArchive.Open(path, options);
        EpubEncryption.EnsureReadable(archive);
        var package = EpubPackage.Load(archive, EpubPackage.FindPackagePath(archive));
        var warnings = new List<string>();
        var (toc, landmarks) = EpubToc.Read(archive, package);
        if (toc.Count == 0)
        {
            warnings.Add($"'{archive.File}' has no table of contents; each file of the reading order became a chapter.");
        }

        var depth = TocEntry.Depth(toc);
        if (options.ChapterLevel > depth && depth > 0)
        {
            warnings.Add($"'{archive.File}': chapter level {options.ChapterLevel} was asked for, but the table of contents has {depth} level(s); its deepest entries are the chapters.");
        }

        var sections = EpubSections.Build(archive, package, ChapterLevel.Choose(toc, options.ChapterLevel), landmarks, options, warnings);
        var chapters = ChapterAssembler.Assemble(sections, options, archive.File, warnings);
        var lexicon = package.Manifest.Values
            .Where(i => i.MediaType == "application/pls+xml" && archive.Exists(i.Entry))
            .SelectMany(i => PlsLexicon.Parse(archive.ReadBytes(i.Entry), $"'{archive.File}': the entry '{i.Entry}'"))
            .ToList();
        return new Book
        {
            SourcePath = path,
            Format = BookFormat.Epub,
            Title = package.Title ?? Path.GetFileNameWithoutExtension(path),
            Author = package.Author,
            Language = package.Language,
            Chapters = chapters,
            Cover = Cover(archive, package),
            Lexicon = lexicon,
            Warnings = warnings,
        };
    }

    /// <summary>EPUB 3 <c>properties="cover-image"</c>, else the EPUB 2 <c>&lt;meta name="cover"&gt;</c> manifest id.</summary>
    private static BookCover? Cover(EpubArchive archive, EpubPackage package)
    {
        var item = package.Manifest.Values.FirstOrDefault(i => EpubXml.HasToken(i.Properties, "cover-image"))
            ?? (package.CoverId is { } id && package.Manifest.TryGetValue(id, out var byId) ? byId : null);
        return item is not null && item.MediaType.StartsWith("image/", StringComparison.Ordinal) && archive.Exists(item.Entry)
            ? new BookCover(archive.ReadBytes(item.Entry), item.MediaType)
            : null;
    }
}
