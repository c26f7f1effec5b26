using System.Text.RegularExpressions;
using Narrator.Books.Assembly;

namespace Narrator.Books.Epub;

/// <summary>
/// Chooses which table-of-contents entries start chapters. An entry holding the chosen level stays
/// as a part title (its own chapter when it holds text, else read at the start of its first
/// chapter); entries below the chosen level stay inside their chapter.
/// <para>
/// Given a level (1 = the top), entries at that depth are the chapters, and shallower entries
/// without children stay chapters too. Otherwise the reader goes down one level at a time while the
/// entries at a level look like parts rather than chapters: a frame of at most 3 entries holding at
/// least twice as many (a book title, "Part One", "Part Two"); entries titled as parts ("Part IV",
/// "Book Two", "Volume 3"); or entries whose children are titled as chapters ("Chapter 12") while
/// they are not. Entries the TOC only labels (no link of their own) are always parts.
/// </para>
/// </summary>
internal static partial class ChapterLevel
{
    public static List<ChapterStart> Choose(IReadOnlyList<TocEntry> toc, int? chapterLevel)
    {
        var descend = new List<bool>();
        var level = toc.ToList();
        while (level.Count > 0 && descend.Count <= BookReadOptions.MaxChapterLevel)
        {
            var deeper = chapterLevel is { } chosen ? descend.Count < chosen - 1 : LooksLikeParts(level);
            descend.Add(deeper);
            level = [.. level.Where(e => IsPart(e, deeper, chapterLevel is null)).SelectMany(e => e.Children)];
        }

        var starts = new List<ChapterStart>();
        Walk(toc, 0);
        return starts;

        void Walk(IReadOnlyList<TocEntry> entries, int depth)
        {
            foreach (var entry in entries)
            {
                var part = depth < descend.Count && IsPart(entry, descend[depth], chapterLevel is null);
                starts.Add(new ChapterStart(entry, part, depth + 1));
                if (part)
                {
                    Walk(entry.Children, depth + 1);
                }
            }
        }
    }

    private static bool IsPart(TocEntry entry, bool levelIsParts, bool automatic) =>
        entry.Children.Count > 0 && ((automatic && entry.IsLabel) || (levelIsParts && (!automatic || IsBody(entry))));

    private static bool IsBody(TocEntry entry) => !entry.IsLabel && Matter.FromTitle(entry.Title) is null;

    private static bool LooksLikeParts(List<TocEntry> level)
    {
        var body = level.Where(IsBody).ToList();
        var containers = body.Where(e => e.Children.Count > 0).ToList();
        if (containers.Count == 0)
        {
            return false;
        }

        var children = containers.SelectMany(e => e.Children).ToList();
        var frame = body.Count <= 3 && children.Count >= 2 * body.Count;
        var partTitles = Most(containers, e => PartTitle().IsMatch(e.Title));
        var chapterChildren = Most(children, e => ChapterTitle().IsMatch(e.Title)) && !Most(containers, e => ChapterTitle().IsMatch(e.Title));
        return frame || partTitles || chapterChildren;
    }

    private static bool Most(List<TocEntry> entries, Func<TocEntry, bool> test) => entries.Count(test) * 2 > entries.Count;

    private const string Number = @"(\d{1,3}|[ivxlcdm]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|the\s+\w+)\b";

    [GeneratedRegex(@"^\s*(part|book|volume|vol\.?|act|partie|livre|tome|teil|buch|parte|libro)\s+" + Number, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartTitle();

    // "Chapter 12", "CHAPTER XII.", "Ch. 3", "12. Loomings", "XII. The Pipe" (not "1.2 Scope": that is a section).
    [GeneratedRegex(@"^\s*((chapter|chap\.?|ch\.|chapitre|kapitel|cap[ií]tulo|capitolo|hoofdstuk)\s+" + Number + @"|\d{1,3}(\.?\s|[:)])|[ivxlcdm]+[.:]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChapterTitle();
}
