using Narrator.Books;

namespace Narrator.Rendering.Planning;

/// <summary>A chapter as the render plan sees it: what it is called, how long it should take, its content hash.</summary>
public sealed record PlannedChapter(int Index, string Title, ChapterKind Kind, int Words, double EstimatedSeconds, string TextHash, string FileStem)
{
    /// <summary>The chapter itself; null for generated credits.</summary>
    public Chapter? Source { get; init; }

    /// <summary>What credits say, for generated credits chapters.</summary>
    public string? CreditText { get; init; }
}
