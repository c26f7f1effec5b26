using Narrator.Books;

namespace Narrator.Rendering.Tests.Rendering;

internal static class TestBooks
{
    public static Book Make(params (string Title, string Text)[] chapters) => new()
    {
        SourcePath = "test.md",
        Format = BookFormat.Markdown,
        Title = "A Small Book",
        Author = "Test Author",
        Chapters = chapters.Select((c, i) => new Chapter
        {
            Index = i + 1,
            Title = c.Title,
            Blocks = [new Block(BlockKind.Paragraph, c.Text, new SourceLocation("test.md", i + 1))],
        }).ToList(),
    };

    /// <summary>A book of one chapter whose every paragraph is one of <paramref name="paragraphs"/>.</summary>
    public static Book Paragraphs(string title, IReadOnlyList<string> paragraphs) => new()
    {
        SourcePath = "test.md",
        Format = BookFormat.Markdown,
        Title = "A Small Book",
        Author = "Test Author",
        Chapters =
        [
            new Chapter
            {
                Index = 1,
                Title = title,
                Blocks = paragraphs.Select((p, i) => new Block(BlockKind.Paragraph, p, new SourceLocation("test.md", i + 1))).ToList(),
            },
        ],
    };

    public static Book Three() => Make(("First", "One small step."), ("Second", "Two more steps."), ("Third", "Three at last."));
}
