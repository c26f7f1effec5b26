using Narrator.Books;
using Narrator.Core;
using Narrator.Models;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Tests.Encoding;
using Narrator.Rendering.Tests.Rendering;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Cast;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(FfmpegCollection.Name)]
public sealed class InlineVoiceRenderingTests : IDisposable
{
    private static readonly VoiceSettings Repeatable = CastVoices.Repeatable;

    private readonly ScratchFolder _scratch = new();
    private readonly CastVoices _voices = new();

    private string Out => _scratch.File("out");

    [Fact]
    public async Task RenderAsync_InlineVoiceOverAttributedDialogue_IsSpokenByTheInlineVoiceOnly()
    {
        var book = WithDirection(DialogueBook.Make(), chapter: 1, block: 1, start: 0, length: DialogueBook.AliceLine.Length, "prosody");

        await Render(book, """{"narrator": "piper", "characters": {"Alice": "tiny"}}""");

        Assert.Equal([_voices.Phonemes("prosody", DialogueBook.AliceLine)], _voices.SpokenLines("prosody"));
        Assert.DoesNotContain(_voices.Phonemes("tiny", DialogueBook.AliceLine), _voices["tiny"].Spoken);
        Assert.Contains(_voices.Phonemes("piper", "said Alice."), _voices["piper"].Spoken);
    }

    [Fact]
    public async Task RenderAsync_InlineVoiceNamingACharacter_ReadsWithTheirCastVoiceAndDoesNotCallThemUnheard()
    {
        var block = DialogueBook.Make().Chapters[2].Blocks[0];
        var book = WithDirection(DialogueBook.Make(), chapter: 3, block: 0, start: 0, length: block.Text.Length, "the duchess");

        var progress = await Render(book, """{"narrator": "piper", "characters": {"the Duchess": "tiny"}}""");

        Assert.Contains(_voices.Phonemes("tiny", block.Text), _voices["tiny"].Spoken);
        Assert.DoesNotContain(_voices.Phonemes("piper", block.Text), _voices["piper"].Spoken);
        Assert.DoesNotContain(progress.Warnings, w => w.Contains("the Duchess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_InlineVoiceChanged_RendersOnlyThatChapterAgain()
    {
        var length = DialogueBook.Make().Chapters[2].Blocks[0].Text.Length;

        var first = await Render(WithDirection(DialogueBook.Make(), chapter: 3, block: 0, start: 0, length, "tiny"), """{"narrator": "piper"}""");
        var same = await Render(WithDirection(DialogueBook.Make(), chapter: 3, block: 0, start: 0, length, "tiny"), """{"narrator": "piper"}""");
        var changed = await Render(WithDirection(DialogueBook.Make(), chapter: 3, block: 0, start: 0, length, "prosody"), """{"narrator": "piper"}""");

        Assert.Equal([1, 2, 3], first.Started.Order());
        Assert.Empty(same.Started);
        Assert.Equal([3], changed.Started);
    }

    [Fact]
    public void Direct_UnknownInlineVoice_NamesTheFileChapterAndName()
    {
        var book = WithDirection(DialogueBook.Make(), chapter: 2, block: 0, start: 0, length: 4, "nobody-at-all");
        using var cast = VoiceCast.Solo(_voices["piper"], Repeatable);

        var e = Assert.Throws<RenderException>(() => cast.Direct(book, entry => new RecordingVoice(CastVoices.Load(entry.Voice)), Repeatable));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.StartsWith("the voice \"nobody-at-all\" named in dialogue.md line 20 (chapter 2 \"Croquet\"): ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_InlineVoiceNotLoaded_RefusesBeforeWritingAnything()
    {
        var book = WithDirection(DialogueBook.Make(), chapter: 2, block: 0, start: 0, length: 4, "slt");
        using var renderer = BookRenderer.Create(_voices["piper"], Repeatable, PronunciationLexicon.Empty, RenderSettings.Default);

        var e = await Assert.ThrowsAsync<RenderException>(() => renderer.RenderAsync(book, Out, ChapterSelection.All, new RecordingProgress()));

        Assert.Contains("the voice \"slt\" named in dialogue.md line 20 (chapter 2 \"Croquet\"): no voice was loaded", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    public void Dispose()
    {
        _voices.Dispose();
        _scratch.Dispose();
    }

    /// <summary><paramref name="book"/> with the characters [start, start + length) of one block directed to <paramref name="voice"/>.</summary>
    internal static Book WithDirection(Book book, int chapter, int block, int start, int length, string voice) => new()
    {
        SourcePath = book.SourcePath,
        Format = book.Format,
        Title = book.Title,
        Chapters = book.Chapters.Select(c => c.Index != chapter ? c : new Chapter
        {
            Index = c.Index,
            Title = c.Title,
            Blocks = c.Blocks.Select((b, i) => i == block ? b with { Voices = [new VoiceDirection(start, length, voice)] } : b).ToList(),
        }).ToList(),
    };

    private async Task<RecordingProgress> Render(Book book, string json)
    {
        var progress = new RecordingProgress();
        using var cast = VoiceCast.Open(CastFile.Parse(json, "cast.json"), entry => _voices[entry.Voice], Repeatable);
        cast.Direct(book, entry => _voices[entry.Voice], Repeatable);
        using var renderer = BookRenderer.Create(cast, PronunciationLexicon.Empty, RenderSettings.Default);
        await renderer.RenderAsync(book, Out, ChapterSelection.All, progress);
        return progress;
    }
}
