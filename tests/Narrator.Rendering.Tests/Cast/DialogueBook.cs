using Narrator.Books;

namespace Narrator.Rendering.Tests.Cast;

/// <summary>A short book with dialogue: Alice speaks in the first chapter, the Queen in the second, nobody in the third.</summary>
internal static class DialogueBook
{
    public const string AliceLine = "“Where is the milk?”";

    public const string QueenLine = "“Off with her head!”";

    public static Book Make() => new()
    {
        SourcePath = "dialogue.md",
        Format = BookFormat.Markdown,
        Title = "Tea and Croquet",
        Chapters =
        [
            Chapter(1, "Tea", "The table was long and the tea was cold.", $"{AliceLine} said Alice."),
            Chapter(2, "Croquet", "The game began at once.", $"{QueenLine} shouted the Queen.", "“Who goes there?” asked somebody."),
            Chapter(3, "Home", "Everyone went home at last."),
        ],
    };

    private static Chapter Chapter(int index, string title, params string[] paragraphs) => new()
    {
        Index = index,
        Title = title,
        Blocks = paragraphs.Select((p, i) => new Block(BlockKind.Paragraph, p, new SourceLocation("dialogue.md", (index * 10) + i))).ToList(),
    };
}
