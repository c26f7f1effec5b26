namespace Narrator.Books.Dialogue;

/// <summary>
/// A book's text cut into narration and dialogue, each line of dialogue attributed to a character where the text
/// says who speaks. The speaker names are what a cast maps to voices.
/// </summary>
public sealed class BookSpeech
{
    private BookSpeech(IReadOnlyList<ChapterSpeech> chapters)
    {
        Chapters = chapters;
    }

    /// <summary>Each chapter's blocks cut into narration and dialogue, in book order.</summary>
    public IReadOnlyList<ChapterSpeech> Chapters { get; }

    /// <summary>Finds the dialogue in every chapter of <paramref name="book"/> and its speakers.</summary>
    public static BookSpeech Find(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var scanned = book.Chapters.Select(ChapterScanner.Scan).ToList();
        var mentions = scanned.SelectMany(c => c).SelectMany(b => b.Mentions).OfType<SpeakerMention>().Where(m => m.Kind == MentionKind.Named).Select(m => m.Name);
        var names = CharacterNames.From(mentions);
        var chapters = book.Chapters.Select((chapter, i) => Speech(chapter, scanned[i], new SpeakerResolver(names).Resolve(scanned[i])));
        return new BookSpeech(chapters.ToList());
    }

    private static ChapterSpeech Speech(Chapter chapter, IReadOnlyList<ScannedBlock> blocks, IReadOnlyList<string?[]> speakers) =>
        new(chapter, blocks.Select((block, b) => new SpokenBlock(
            block.Block,
            block.Spans.Select((span, s) => new SpeechSpan(span.Kind, span.Start, block.TextOf(span)) { Speaker = speakers[b][s] }).ToList())
        {
            ContinuesQuote = block.ContinuesQuote,
        }).ToList());
}
