using Narrator.Books;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Cast;

public sealed class BookVoicingTests
{
    private readonly Book _book = DialogueBook.Make();

    [Fact]
    public void ChapterScript_AttributedLine_IsReadByTheCharactersVoiceAndTheRestByTheNarrator()
    {
        var cast = Cast("""{"narrator": "narrator", "characters": {"alice": "alice"}}""");

        var lines = Script(cast, chapter: 1);

        Assert.Equal(
            [("Tea", "narrator"), ("The table was long and the tea was cold.", "narrator"), (DialogueBook.AliceLine, "alice"), ("said Alice.", "narrator")],
            lines);
    }

    [Fact]
    public void ChapterScript_UnattributedDialogue_IsReadByTheDialogueVoiceElseByTheNarrator()
    {
        var withDialogue = Script(Cast("""{"narrator": "narrator", "dialogue": "other"}"""), chapter: 2);
        var without = Script(Cast("""{"narrator": "narrator", "characters": {"Alice": "alice"}}"""), chapter: 2);

        Assert.Contains(("“Who goes there?”", "other"), withDialogue);
        Assert.Contains((DialogueBook.QueenLine, "other"), withDialogue);
        Assert.All(without, line => Assert.Equal("narrator", line.Voice));
        Assert.Contains(("“Who goes there?” asked somebody.", "narrator"), without);
    }

    [Fact]
    public void Signature_CharacterRecast_ChangesOnlyTheChaptersWhereTheySpeak()
    {
        var before = Signatures(Cast("""{"narrator": "narrator", "characters": {"Alice": "alice", "the Queen": "queen"}}"""));

        var after = Signatures(Cast("""{"narrator": "narrator", "characters": {"Alice": "alice", "the Queen": "other"}}"""));

        Assert.Equal(before[0], after[0]);
        Assert.NotEqual(before[1], after[1]);
        Assert.Equal(string.Empty, after[2]);
    }

    [Fact]
    public void Signature_EveryoneReadByTheNarratorsVoice_IsEmptyAsWithoutACast()
    {
        var signatures = Signatures(Cast("""{"narrator": "narrator", "characters": {"Alice": "narrator"}, "dialogue": "narrator"}"""));

        Assert.All(signatures, s => Assert.Equal(string.Empty, s));
    }

    [Fact]
    public void Signature_CharacterSpeedChanged_ChangesTheirChapter()
    {
        var before = Signatures(Cast("""{"narrator": "narrator", "characters": {"Alice": "alice"}}"""));

        var after = Signatures(Cast("""{"narrator": "narrator", "characters": {"Alice": {"voice": "alice", "speed": 1.2}}}"""));

        Assert.NotEqual(before[0], after[0]);
        Assert.Equal(before[1], after[1]);
    }

    [Fact]
    public void Unheard_CharacterTheBookNeverAttributes_IsNamed()
    {
        var cast = Cast("""{"narrator": "narrator", "characters": {"alice": "alice", "the Duchess": "other"}}""");

        Assert.Equal(["the Duchess"], cast.Unheard(BookVoicing.For(_book, cast).Speakers));
    }

    [Fact]
    public void ChapterScript_InlineSpanInNarration_IsCutOutForItsVoice()
    {
        var book = Directed("The door opened. Who is there? she called.", 17, "Who is there?".Length, "slt");
        var cast = Cast("""{"narrator": "narrator"}""");
        cast.Direct(book, entry => new ToneVoice(entry.Voice, 16000, 0.1f), VoiceSettings.Default);

        var lines = Script(book, cast, chapter: 1);

        Assert.Equal([("Tea", "narrator"), ("The door opened.", "narrator"), ("Who is there?", "slt"), ("she called.", "narrator")], lines);
    }

    [Fact]
    public void ChapterScript_InlineNameOfACharacterOverAnotherCharactersLine_ReadsWithThatCharactersVoice()
    {
        var book = Directed(DialogueBook.AliceLine + " said Alice.", 0, DialogueBook.AliceLine.Length, "the queen");
        var cast = Cast("""{"narrator": "narrator", "characters": {"Alice": "alice", "the Queen": "queen"}}""");
        cast.Direct(book, entry => throw new InvalidOperationException($"'{entry.Voice}' is a character: nothing to load"), VoiceSettings.Default);

        var lines = Script(book, cast, chapter: 1);

        Assert.Equal([("Tea", "narrator"), (DialogueBook.AliceLine, "queen"), ("said Alice.", "narrator")], lines);
    }

    [Fact]
    public void ChapterScript_SsmlPhonemeOnAnInlineVoicesWord_GoesWithThatVoicesLine()
    {
        var book = Directed("Say tomato now.", 4, "tomato".Length, "slt");
        var block = book.Chapters[0].Blocks[0] with { Hints = [new PronunciationHint(4, 6, "təˈmɑːtəʊ", "ipa")] };
        book = new Book { SourcePath = book.SourcePath, Format = book.Format, Title = book.Title, Chapters = [new Chapter { Index = 1, Title = "Tea", Blocks = [block] }] };
        var cast = Cast("""{"narrator": "narrator"}""");
        cast.Direct(book, entry => new ToneVoice(entry.Voice, 16000, 0.1f), VoiceSettings.Default);

        var planned = RenderPlan.For(book).Chapters.Single();
        var lines = ChapterScript.For(planned, RenderSettings.Default, ForeignPassages.For(book, "en"), BookVoicing.For(book, cast)).ToList();

        var tomato = Assert.Single(lines, l => l.Voice.Voice.Name == "slt");
        Assert.Equal("tomato", tomato.Text);
        Assert.Contains(new Phonemes.Pronunciation.PronunciationEntry("tomato", "təˈmɑːtəʊ", "ipa"), tomato.Speak.Pronunciations);
    }

    /// <summary>A one-chapter book whose one paragraph gives [start, start + length) to <paramref name="voice"/>.</summary>
    private static Book Directed(string paragraph, int start, int length, string voice) => new()
    {
        SourcePath = "directed.md",
        Format = BookFormat.Markdown,
        Title = "Directed",
        Chapters = [new Chapter { Index = 1, Title = "Tea", Blocks = [new Block(BlockKind.Paragraph, paragraph, new SourceLocation("directed.md", 3)) { Voices = [new VoiceDirection(start, length, voice)] }] }],
    };

    private static VoiceCast Cast(string json) =>
        VoiceCast.Open(CastFile.Parse(json, "cast.json"), entry => new ToneVoice(entry.Voice, 16000, 0.1f), VoiceSettings.Default);

    private List<(string Text, string Voice)> Script(VoiceCast cast, int chapter) => Script(_book, cast, chapter);

    private static List<(string Text, string Voice)> Script(Book book, VoiceCast cast, int chapter)
    {
        var planned = RenderPlan.For(book).Chapters.Single(c => c.Index == chapter);
        var voicing = BookVoicing.For(book, cast);
        return ChapterScript.For(planned, RenderSettings.Default, ForeignPassages.For(book, "en"), voicing)
            .Select(l => (l.Text, l.Voice.Voice.Name)).ToList();
    }

    private string[] Signatures(VoiceCast cast)
    {
        var voicing = BookVoicing.For(_book, cast);
        return _book.Chapters.Select(voicing.Signature).ToArray();
    }
}
