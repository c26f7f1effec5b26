using Narrator.Books;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Tests.Cast;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Rendering;

/// <summary>Passages in another language than the voice's: left out when their script is unreadable, read and named otherwise.</summary>
public sealed class ForeignPassagesTests
{
    private const string English = "The keeper climbed the stairs at dusk.";
    private const string Hebrew = "שומר המגדלור עלה במדרגות בשעת בין ערביים.";

    [Fact]
    public void Notes_HebrewParagraphInAnEnglishBook_LeftOutAndNamedWithItsChapterAndLine()
    {
        var book = Book(English, Hebrew, English, English);
        var passages = ForeignPassages.For(book, "en");

        var note = Assert.Single(passages.Notes(book.Chapters));

        Assert.True(passages.LeavesOut(book.Chapters[0].Blocks[1]));
        Assert.False(passages.LeavesOut(book.Chapters[0].Blocks[0]));
        Assert.Contains("Chapter 1 'One' (one.xhtml line 2): a passage in 'he'", note, StringComparison.Ordinal);
        Assert.Contains("is left out: the voice speaks 'en'", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_ParagraphDeclaredFrenchInLatinScript_ReadAndNamed()
    {
        var book = Book(English, "Le gardien monta les marches.");
        var french = book.Chapters[0].Blocks[1] with { Language = "fr-FR" };
        book = BookOf(book.Chapters[0].Blocks[0], french);
        var passages = ForeignPassages.For(book, "en");

        var note = Assert.Single(passages.Notes(book.Chapters));

        Assert.False(passages.LeavesOut(french));
        Assert.Contains("a passage in 'fr' ('Le gardien monta les marches.') is read with the voice's 'en' pronunciation", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_HebrewVoiceReadingHebrewParagraph_NothingToSay()
    {
        var book = Book(English, Hebrew);

        Assert.False(ForeignPassages.For(book, "he").LeavesOut(book.Chapters[0].Blocks[1]));
    }

    [Fact]
    public void Notes_BookInTheScriptOfThePassage_NothingLeftOut()
    {
        var book = Book(Hebrew, Hebrew);

        Assert.Empty(ForeignPassages.For(book, "en").Notes(book.Chapters));
    }

    [Fact]
    public void Notes_ManyPassages_ListsTheFirstAndCountsTheRest()
    {
        var book = Book([.. Enumerable.Repeat(English, 40), .. Enumerable.Repeat(Hebrew, ForeignPassages.MaxNotes + 5)]);

        var notes = ForeignPassages.For(book, "en").Notes(book.Chapters);

        Assert.Equal(ForeignPassages.MaxNotes + 1, notes.Count);
        Assert.Equal("… and 5 more passage(s) in another language.", notes[^1]);
    }

    [Fact]
    public void For_LeftOutPassage_IsNotInTheChapterScript()
    {
        var book = Book(English, Hebrew, "The lamp was lit.");
        var plan = RenderPlan.For(book);
        using var narrator = VoiceCast.Solo(new ToneVoice("narrator", 16000, 0.1f), VoiceSettings.Default);

        var lines = ChapterScript.For(plan.Chapters[0], new RenderSettings(), ForeignPassages.For(book, "en"), BookVoicing.For(book, narrator)).Select(l => l.Text).ToList();

        Assert.Equal(["One", English, "The lamp was lit."], lines);
    }

    private static Book Book(params string[] paragraphs) =>
        BookOf([.. paragraphs.Select((p, i) => new Block(BlockKind.Paragraph, p, new SourceLocation("one.xhtml", i + 1)))]);

    private static Book BookOf(params Block[] blocks) => new()
    {
        SourcePath = "book.epub",
        Format = BookFormat.Epub,
        Title = "A Small Book",
        Language = "en",
        Chapters = [new Chapter { Index = 1, Title = "One", Blocks = blocks }],
    };
}
