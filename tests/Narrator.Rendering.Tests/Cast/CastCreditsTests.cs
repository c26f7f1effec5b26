using Narrator.Rendering.Cast;

namespace Narrator.Rendering.Tests.Cast;

/// <summary>
/// What the audiobook's description and a chapter's provenance credit each voice with: the roles it has where it is heard
/// (DialogueBook: Alice speaks in chapter 1, the Queen and somebody unnamed in chapter 2, nobody in chapter 3).
/// </summary>
[Trait("Needs", "espeak-ng")]
public sealed class CastCreditsTests : IDisposable
{
    private readonly CastVoices _voices = new();

    private string Piper => _voices["piper"].Name;

    private string Tiny => _voices["tiny"].Name;

    [Fact]
    public void Line_OneVoiceForCharactersOfSeveralChapters_CreditsItOnceWithEveryRoleItReadsAndNoUnheardCharacter()
    {
        var (book, credits) = Credits("""{"narrator": "piper", "characters": {"Alice": "tiny", "the Queen": "tiny", "the Duchess": "tiny"}}""");

        Assert.Equal($"Read by {Piper}; characters voiced by {Tiny} (Alice and the Queen).", CastCredits.Line(Piper, credits(book.Chapters.SelectMany(c => c.Blocks))));
        Assert.Equal(["Alice"], credits(book.Chapters[0].Blocks)![1].Roles);
        Assert.Equal(["the Queen"], credits(book.Chapters[1].Blocks)![1].Roles);
        Assert.Null(credits(book.Chapters[2].Blocks));
    }

    [Fact]
    public void Line_NarratorVoicingACharacterToo_CreditsTheNarratorForThem()
    {
        var (book, credits) = Credits("""{"narrator": "piper", "characters": {"Alice": "tiny", "the Queen": "piper"}}""");

        var all = credits(book.Chapters.SelectMany(c => c.Blocks));

        Assert.Equal($"Read by {Piper}, who also voices the Queen; characters voiced by {Tiny} (Alice).", CastCredits.Line(Piper, all));
        Assert.Equal(["narration", "the Queen"], all![0].Roles);
    }

    [Fact]
    public void Line_OtherDialogueVoice_CreditedForItOnlyWhereSuchDialogueIsHeard()
    {
        var (book, credits) = Credits("""{"narrator": "piper", "characters": {"Alice": "tiny"}, "dialogue": "prosody"}""");
        var prosody = _voices["prosody"].Name;

        Assert.Equal($"Read by {Piper}; characters voiced by {Tiny} (Alice) and {prosody} (other dialogue).", CastCredits.Line(Piper, credits(book.Chapters.SelectMany(c => c.Blocks))));
        Assert.Equal([Piper, Tiny], credits(book.Chapters[0].Blocks)!.Select(v => v.Voice));
    }

    public void Dispose() => _voices.Dispose();

    private (Books.Book Book, Func<IEnumerable<Books.Block>, IReadOnlyList<Synthesis.Provenance.VoiceCredit>?> Credits) Credits(string json)
    {
        var cast = VoiceCast.Open(CastFile.Parse(json, "cast.json"), entry => _voices[entry.Voice], CastVoices.Repeatable);
        var book = DialogueBook.Make();
        var voicing = BookVoicing.For(book, cast);
        return (book, voicing.Credits);
    }
}
