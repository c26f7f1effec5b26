namespace Narrator.Books.Text;

/// <summary>
/// Splits lines into items at blank lines. A group of one heading-like line is a heading; "CHAPTER I." with a
/// short title line right under it is one heading ("Chapter I. Down the Rabbit-Hole"); a group whose lines
/// are all chapter-like is a table of contents, one heading per line; other groups are paragraphs.
/// </summary>
internal static class TextItems
{
    public static List<TextItem> Split(IReadOnlyList<string> lines, int start, int end)
    {
        var items = new List<TextItem>();
        var i = start;
        while (i < end)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
                continue;
            }

            var first = i;
            while (i < end && !string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }

            AddGroup(lines, first, i, items);
        }

        return items;
    }

    private static void AddGroup(IReadOnlyList<string> lines, int first, int end, List<TextItem> items)
    {
        var count = end - first;
        var kind = HeadingLines.Classify(lines[first]);
        if (count == 1 && kind != HeadingKind.None)
        {
            items.Add(new TextItem(kind, HeadingLines.Tidy(lines[first]), [], first + 1));
            return;
        }

        if (count == 2 && kind is HeadingKind.Chapter or HeadingKind.Part or HeadingKind.Roman && HeadingLines.IsTitleLine(lines[first + 1]))
        {
            var heading = HeadingLines.Tidy(lines[first]) + " " + HeadingLines.Tidy(lines[first + 1]);
            items.Add(new TextItem(kind, heading, [], first + 1));
            return;
        }

        var strong = Enumerable.Range(first, count).All(l => HeadingLines.Classify(lines[l]) is HeadingKind.Chapter or HeadingKind.Part or HeadingKind.RomanTitle);
        if (strong)
        {
            for (var l = first; l < end; l++)
            {
                items.Add(new TextItem(HeadingLines.Classify(lines[l]), HeadingLines.Tidy(lines[l]), [], l + 1));
            }

            return;
        }

        if (kind is HeadingKind.Chapter or HeadingKind.Part)
        {
            items.Add(new TextItem(kind, HeadingLines.Tidy(lines[first]), [], first + 1));
            first++;
        }

        items.Add(new TextItem(HeadingKind.None, null, [.. Enumerable.Range(first, end - first).Select(l => lines[l])], first + 1));
    }
}
