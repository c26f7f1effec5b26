using Narrator.Books;

namespace Narrator.Rendering.Planning;

/// <summary>What a book will become: its chapters with word counts and estimated durations.</summary>
public sealed record RenderPlan(string Title, string? Author, IReadOnlyList<PlannedChapter> Chapters)
{
    /// <summary>The reading rate estimates use when no voice's rate is known: 155 words per minute.</summary>
    public const double DefaultWordsPerMinute = 155;

    /// <summary>Words of every chapter.</summary>
    public int Words => Chapters.Sum(c => c.Words);

    /// <summary>Estimated seconds of audio of every chapter.</summary>
    public double EstimatedSeconds => Chapters.Sum(c => c.EstimatedSeconds);

    /// <summary>Plans <paramref name="book"/>; credits chapters are added around it when asked for.</summary>
    public static RenderPlan For(Book book, double wordsPerMinute = DefaultWordsPerMinute, Credits? credits = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(wordsPerMinute);
        var digits = Math.Max(2, (book.Chapters.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var chapters = new List<PlannedChapter>();
        if (credits is not null)
        {
            chapters.Add(Credit(0, "Opening Credits", credits.Opening(book), digits, wordsPerMinute));
        }

        foreach (var chapter in book.Chapters)
        {
            var seconds = chapter.WordCount / wordsPerMinute * 60;
            chapters.Add(new PlannedChapter(chapter.Index, chapter.Title, chapter.Kind, chapter.WordCount, seconds, ContentHash.Of(chapter), FileNames.Stem(chapter.Index, chapter.Title, digits))
            {
                Source = chapter,
            });
        }

        if (credits is not null)
        {
            chapters.Add(Credit(book.Chapters.Count + 1, "Closing Credits", credits.Closing(book), digits, wordsPerMinute));
        }

        return new RenderPlan(book.Title, book.Author, chapters);
    }

    private static PlannedChapter Credit(int index, string title, string text, int digits, double wordsPerMinute)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return new PlannedChapter(index, title, ChapterKind.Body, words, words / wordsPerMinute * 60, ContentHash.Of(text), FileNames.Stem(index, title, digits))
        {
            CreditText = text,
        };
    }
}
