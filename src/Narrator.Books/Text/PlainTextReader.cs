using System.Text.RegularExpressions;
using Narrator.Books.Assembly;

namespace Narrator.Books.Text;

/// <summary>
/// Reads plain text: decodes it, strips Project Gutenberg wrapping, finds chapter headings (the strongest
/// kind present wins: CHAPTER lines, else BOOK/PART lines, else "I. TITLE" lines, else lone Roman numerals,
/// else all-capital lines; weaker headings become Heading blocks, PART lines above CHAPTER lines become a
/// heading of the chapter after them), treats a run of chapter headings with no text between them as a table
/// of contents (front matter), rejoins hard-wrapped paragraphs and keeps the line breaks of verse (every
/// line indented).
/// </summary>
internal static partial class PlainTextReader
{
    public static Book Read(string path, BookReadOptions options)
    {
        var file = Path.GetFileName(path);
        var (text, warnings) = TextDecoder.Decode(File.ReadAllBytes(path), file);
        var lines = text.Split('\n');
        var (start, end, title, author, language) = Gutenberg.Strip(lines);
        if (title is null)
        {
            (title, author) = TitleAndAuthor(lines, start, end);
        }

        title ??= Path.GetFileNameWithoutExtension(path);
        var items = TextItems.Split(lines, start, end);
        var joiner = new LineJoiner(text);
        var sections = TextSections.Build(items, title, file, joiner);
        return new Book
        {
            SourcePath = path,
            Format = BookFormat.PlainText,
            Title = title,
            Author = author,
            Language = language,
            Chapters = ChapterAssembler.Assemble(sections, options, file, warnings),
            Warnings = warnings,
        };
    }

    /// <summary>A first line followed closely by "by Someone" is the title, and someone the author.</summary>
    private static (string? Title, string? Author) TitleAndAuthor(string[] lines, int start, int end)
    {
        var found = Enumerable.Range(start, Math.Min(end, start + 40) - start)
            .Where(i => lines[i].Trim() is { Length: > 0 and <= 100 } line && !line.StartsWith('['))
            .Take(2)
            .ToList();
        return found.Count == 2 && found[1] - found[0] <= 4 && By().Match(lines[found[1]].Trim()) is { Success: true } by
            ? (HeadingLines.Tidy(lines[found[0]]), by.Groups[1].Value.Trim())
            : (null, null);
    }

    [GeneratedRegex(@"^(?i:by)\s+(.+)$")]
    private static partial Regex By();
}
