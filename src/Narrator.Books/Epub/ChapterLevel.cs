using Narrator.Books.Assembly;

namespace Narrator.Books.Epub;

/// <summary>
/// Chooses which TOC entries start chapters. Top-level entries do, and nested entries stay inside
/// their parent, unless the top level is only a frame: at most 3 entries that are not front/back
/// matter (a book title, "Part One", "Part Two"), some with children, and at least twice as many
/// children as such entries. Then the children are the chapters and each parent stays as a part
/// title (read as a heading of its first chapter when it holds no text of its own). Repeated while it holds
/// (book → parts → chapters).
/// </summary>
internal static class ChapterLevel
{
    public static List<(TocEntry Entry, bool IsPart)> Choose(IReadOnlyList<TocEntry> toc)
    {
        var level = toc.Select(e => (Entry: e, IsPart: false)).ToList();
        for (var depth = 0; depth < 4; depth++)
        {
            var body = level.Where(e => !e.IsPart && Matter.FromTitle(e.Entry.Title) is null).ToList();
            var children = body.Sum(e => e.Entry.Children.Count);
            if (body.Count == 0 || body.Count > 3 || children < 2 * body.Count)
            {
                break;
            }

            var next = new List<(TocEntry, bool)>();
            foreach (var item in level)
            {
                if (item.IsPart || !body.Contains(item) || item.Entry.Children.Count == 0)
                {
                    next.Add(item);
                    continue;
                }

                var first = item.Entry.Children[0];
                if (first.Entry != item.Entry.Entry || first.Fragment != item.Entry.Fragment)
                {
                    next.Add((item.Entry, true));
                }

                next.AddRange(item.Entry.Children.Select(c => (c, false)));
            }

            level = next;
        }

        return level;
    }
}
