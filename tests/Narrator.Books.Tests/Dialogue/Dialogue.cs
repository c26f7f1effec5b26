using Narrator.Books.Dialogue;

namespace Narrator.Books.Tests.Dialogue;

/// <summary>Small inline texts as a one-chapter book, and what its paragraphs come out as.</summary>
internal static class Dialogue
{
    public static BookSpeech Find(params string[] paragraphs) => BookSpeech.Find(new Book
    {
        SourcePath = "inline.txt",
        Format = BookFormat.PlainText,
        Title = "Inline",
        Chapters = [new Chapter { Index = 1, Title = "One", Blocks = paragraphs.Select((p, i) => new Block(BlockKind.Paragraph, p, new SourceLocation("inline.txt", i + 1))).ToList() }],
    });

    /// <summary>Each paragraph's dialogue spans, as written.</summary>
    public static string[][] Quotes(params string[] paragraphs) =>
        Find(paragraphs).Chapters[0].Blocks.Select(b => b.Spans.Where(s => s.Kind == SpeechKind.Dialogue).Select(s => s.Text).ToArray()).ToArray();

    /// <summary>Each paragraph's speaker: its dialogue spans' speaker ("?" unknown, "-" no dialogue, "A/B" two).</summary>
    public static string[] Speakers(params string[] paragraphs) =>
        Find(paragraphs).Chapters[0].Blocks.Select(b =>
        {
            var speakers = b.Spans.Where(s => s.Kind == SpeechKind.Dialogue).Select(s => s.Speaker ?? "?").Distinct().ToList();
            return speakers.Count == 0 ? "-" : string.Join('/', speakers);
        }).ToArray();
}
