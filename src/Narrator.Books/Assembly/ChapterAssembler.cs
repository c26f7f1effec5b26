namespace Narrator.Books.Assembly;

/// <summary>
/// Turns sections into numbered chapters: drops the heading that gave a chapter its title, folds an
/// empty part title into the next chapter as a heading, skips front/back matter unless asked for,
/// skips chapters without text (with a warning) and appends footnotes when they are read.
/// </summary>
internal static class ChapterAssembler
{
    public static List<Chapter> Assemble(IReadOnlyList<Section> sections, BookReadOptions options, string file, List<string> warnings)
    {
        var kept = new List<Section>();
        Section? pendingPart = null;
        foreach (var section in sections)
        {
            RemoveTitleHeading(section);
            if (!Wanted(section.Kind, options))
            {
                continue;
            }

            if (pendingPart is not null)
            {
                section.Blocks.Insert(0, new Block(BlockKind.Heading, pendingPart.Title, pendingPart.Origin ?? FirstLocation(section, file)));
                pendingPart = null;
            }

            if (!section.HasText)
            {
                if (section.IsPart)
                {
                    pendingPart = section;
                }
                else if (section.Kind == ChapterKind.Body)
                {
                    warnings.Add($"Chapter '{section.Title}' has no text to narrate (images only?) and was skipped.");
                }

                continue;
            }

            kept.Add(section);
        }

        if (kept.Count == 0)
        {
            var what = sections.Count == 0 ? "no chapters were found" : $"all {sections.Count} chapters are empty or front/back matter";
            throw new BookException($"'{file}' has no text to narrate: {what}.");
        }

        return [.. kept.Select((s, i) => new Chapter
        {
            Index = i + 1,
            Title = s.Title,
            Kind = s.Kind,
            Blocks = options.ReadFootnotes ? [.. s.Blocks, .. s.Footnotes] : [.. s.Blocks],
        })];
    }

    private static bool Wanted(ChapterKind kind, BookReadOptions options) => kind switch
    {
        ChapterKind.FrontMatter => options.IncludeFrontMatter,
        ChapterKind.BackMatter => options.IncludeBackMatter,
        _ => true,
    };

    private static SourceLocation FirstLocation(Section section, string file) =>
        section.Blocks.FirstOrDefault()?.Location ?? new SourceLocation(file, 1);

    /// <summary>
    /// Leading headings that repeat the title go; when none matches, the first heading goes, since it
    /// is the one that started the chapter (the TOC may name it differently).
    /// </summary>
    private static void RemoveTitleHeading(Section section)
    {
        if (!section.TitleFromHeading)
        {
            return;
        }

        var title = Key(section.Title);
        var leading = section.Blocks.TakeWhile(b => b.Kind == BlockKind.Heading).ToList();
        var matching = leading.Where(b => Key(b.Text) is { Length: > 0 } k && (title.Contains(k, StringComparison.Ordinal) || k.Contains(title, StringComparison.Ordinal))).ToList();
        if (matching.Count == 0 && leading.Count > 0)
        {
            matching.Add(leading[0]);
        }

        section.Origin ??= matching.FirstOrDefault()?.Location;
        foreach (var block in matching)
        {
            section.Blocks.Remove(block);
        }
    }

    private static string Key(string text) =>
        new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
