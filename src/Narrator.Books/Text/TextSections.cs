using Narrator.Books.Assembly;

namespace Narrator.Books.Text;

/// <summary>Groups plain-text items into sections at chapter headings; see <see cref="PlainTextReader"/> for the rules.</summary>
internal static class TextSections
{
    public static List<Section> Build(IReadOnlyList<TextItem> items, string title, string file, LineJoiner joiner)
    {
        var (chapterKind, partKind) = ChooseLevels(items);
        var sections = new List<Section>();
        var front = new Section(title, chapterKind == HeadingKind.None ? ChapterKind.Body : ChapterKind.FrontMatter);
        var current = front;
        sections.Add(front);
        foreach (var item in items)
        {
            if (item.IsHeading && (item.Kind == chapterKind || item.Kind == partKind))
            {
                current = new Section(item.Heading!, ChapterKind.Body) { IsPart = item.Kind == partKind, Origin = new SourceLocation(file, item.Line) };
                sections.Add(current);
            }
            else if (item.IsHeading)
            {
                current.Blocks.Add(new Block(BlockKind.Heading, item.Heading!, new SourceLocation(file, item.Line)));
            }
            else if (Paragraph(item, file, joiner) is { } block)
            {
                current.Blocks.Add(block);
            }
        }

        return MarkContents(sections);
    }

    private static (HeadingKind Chapter, HeadingKind Part) ChooseLevels(IReadOnlyList<TextItem> items)
    {
        int Count(HeadingKind kind) => items.Count(i => i.IsHeading && i.Kind == kind);
        return Count(HeadingKind.Chapter) > 0 ? (HeadingKind.Chapter, HeadingKind.Part)
            : Count(HeadingKind.Part) > 0 ? (HeadingKind.Part, HeadingKind.None)
            : Count(HeadingKind.RomanTitle) >= 2 ? (HeadingKind.RomanTitle, HeadingKind.None)
            : Count(HeadingKind.Roman) >= 2 ? (HeadingKind.Roman, HeadingKind.None)
            : Count(HeadingKind.Capitals) >= 2 ? (HeadingKind.Capitals, HeadingKind.None)
            : (HeadingKind.None, HeadingKind.None);
    }

    /// <summary>Two or more chapter headings in a row with no text between them are a table of contents.</summary>
    private static List<Section> MarkContents(List<Section> sections)
    {
        var result = new List<Section>();
        for (var i = 0; i < sections.Count; i++)
        {
            var run = 0;
            while (i >= 1 && i + run < sections.Count && !sections[i + run].HasText)
            {
                run++;
            }

            if (run >= 2)
            {
                var contents = new Section("Contents", ChapterKind.FrontMatter);
                contents.Blocks.AddRange(sections.Skip(i).Take(run).Select(s => new Block(BlockKind.ListItem, s.Title, s.Origin!)));
                result.Add(contents);
                i += run - 1;
                continue;
            }

            result.Add(sections[i]);
        }

        return result;
    }

    private static Block? Paragraph(TextItem item, string file, LineJoiner joiner)
    {
        var lines = item.Lines;
        var first = lines[0].TrimStart();
        if ((first.StartsWith("[Illustration", StringComparison.OrdinalIgnoreCase) && lines[^1].TrimEnd().EndsWith(']'))
            || lines.All(l => l.All(c => char.IsWhiteSpace(c) || c is '*' or '-' or '_' or '~' or '=' or '#' or '.')))
        {
            return null;
        }

        var verse = lines.Count >= 2 && lines.All(l => l.StartsWith("  ", StringComparison.Ordinal) || l.StartsWith('\t'));
        var text = verse ? string.Join('\n', lines.Select(LineJoiner.Clean)) : joiner.Join(lines);
        return text.Length == 0 ? null : new Block(Paragraphs.KindOf(text), text, new SourceLocation(file, item.Line));
    }
}
