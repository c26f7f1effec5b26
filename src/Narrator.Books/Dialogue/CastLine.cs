namespace Narrator.Books.Dialogue;

/// <summary>
/// One line of dialogue: what one speaker says within one block (its dialogue spans joined), with the chapter and
/// block it comes from. <see cref="Speaker"/> is null when the text does not say who speaks.
/// </summary>
public sealed record CastLine(int Chapter, int Block, string? Speaker, string Text)
{
    /// <summary>The words in <see cref="Text"/>.</summary>
    public int Words => Narrator.Books.Words.Count(Text);

    /// <summary>The lines of every block of <paramref name="chapters"/>, in reading order.</summary>
    public static IEnumerable<CastLine> In(IEnumerable<ChapterSpeech> chapters) =>
        chapters.SelectMany(chapter => chapter.Blocks.SelectMany((block, b) => block.Spans
            .Where(s => s.Kind == SpeechKind.Dialogue)
            .GroupBy(s => s.Speaker)
            .Select(g => new CastLine(chapter.Chapter.Index, b + 1, g.Key, string.Join(" ", g.Select(s => s.Text.Trim()))))));
}
