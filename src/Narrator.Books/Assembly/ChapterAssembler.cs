using System.Globalization;

namespace Narrator.Books.Assembly;

/// <summary>
/// Turns sections into numbered chapters: drops the heading that gave a chapter its title, folds an
/// empty part title (or several: book, part) into the next chapter as a heading, skips front/back matter unless asked for,
/// skips chapters without text (with a warning) and appends footnotes when they are read.
/// </summary>
internal static class ChapterAssembler
{
    /// <summary>Two hours at 155 words per minute: longer than a chapter usually runs.</summary>
    private const int LongChapterWords = 155 * 120;

    public static List<Chapter> Assemble(IReadOnlyList<Section> sections, BookReadOptions options, string file, List<string> warnings)
    {
        var kept = new List<Section>();
        var pendingParts = new List<Section>();
        foreach (var section in sections)
        {
            RemoveTitleHeading(section);
            if (!Wanted(section.Kind, options))
            {
                continue;
            }

            if (!section.HasText)
            {
                if (section.IsPart)
                {
                    pendingParts.Add(section);
                }
                else if (section.Kind == ChapterKind.Body)
                {
                    warnings.Add($"Chapter '{section.Title}' has no text to narrate (images only?) and was skipped.");
                }

                continue;
            }

            foreach (var part in Enumerable.Reverse(pendingParts))
            {
                AnnouncePart(section, part);
            }

            pendingParts.Clear();
            WarnIfNestedChapters(section, warnings);
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
            PartTitles = [.. s.PartTitles],
            Blocks = options.ReadFootnotes ? [.. s.Blocks, .. s.Footnotes] : [.. s.Blocks],
        })];
    }

    private static bool Wanted(ChapterKind kind, BookReadOptions options) => kind switch
    {
        ChapterKind.FrontMatter => options.IncludeFrontMatter,
        ChapterKind.BackMatter => options.IncludeBackMatter,
        _ => true,
    };

    /// <summary>An empty part's title is read before its first chapter's title; a leading heading that repeats it goes.</summary>
    private static void AnnouncePart(Section section, Section part)
    {
        var title = Key(part.Title);
        var repeated = section.Blocks.TakeWhile(b => b.Kind == BlockKind.Heading).FirstOrDefault(b => Key(b.Text) == title);
        if (repeated is not null)
        {
            section.Blocks.Remove(repeated);
        }

        section.PartTitles.Insert(0, part.Title);
    }

    /// <summary>A chapter of many hours whose TOC entry holds entries of its own was probably a part: say how to read those as chapters.</summary>
    private static void WarnIfNestedChapters(Section section, List<string> warnings)
    {
        var words = section.WordCount;
        if (section.InnerLevel is { } level && words > LongChapterWords)
        {
            var hours = words / 155.0 / 60;
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Chapter '{section.Title}' is about {hours:0.#} hours long ({words:N0} words) and its table-of-contents entry holds entries of its own; to make those the chapters, read it with chapter level {level} (--chapter-level {level})."));
        }
    }

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
