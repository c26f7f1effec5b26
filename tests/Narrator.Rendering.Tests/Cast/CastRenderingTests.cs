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
public sealed class CastRenderingTests : IDisposable
{
    private static readonly VoiceSettings Repeatable = CastVoices.Repeatable;

    private readonly ScratchFolder _scratch = new();
    private readonly CastVoices _voices = new();

    private string Out => _scratch.File("out");

    [Fact]
    public async Task RenderAsync_WithCast_EachCharactersLineIsSpokenByTheirVoiceAndNoOther()
    {
        await Render("""{"narrator": "piper", "characters": {"Alice": "tiny", "the Queen": "prosody"}}""");

        Assert.Equal([_voices.Phonemes("tiny", DialogueBook.AliceLine)], _voices.SpokenLines("tiny"));
        Assert.Equal([_voices.Phonemes("prosody", DialogueBook.QueenLine)], _voices.SpokenLines("prosody"));
        Assert.DoesNotContain(_voices.Phonemes("piper", DialogueBook.AliceLine), _voices["piper"].Spoken);
        Assert.DoesNotContain(_voices.Phonemes("piper", DialogueBook.QueenLine), _voices["piper"].Spoken);
        Assert.Contains(_voices.Phonemes("piper", "said Alice."), _voices["piper"].Spoken);
    }

    [Fact]
    public async Task RenderAsync_CharacterRecast_RendersOnlyTheChaptersWhereTheySpeak()
    {
        var solo = new RecordingProgress();
        using (var renderer = BookRenderer.Create(_voices["piper"], Repeatable, PronunciationLexicon.Empty, RenderSettings.Default))
        {
            await renderer.RenderAsync(DialogueBook.Make(), Out, ChapterSelection.All, solo);
        }

        var queenCast = await Render("""{"narrator": "piper", "characters": {"the Queen": "tiny"}}""");
        var queenRecast = await Render("""{"narrator": "piper", "characters": {"the Queen": "prosody"}}""");
        var aliceAdded = await Render("""{"narrator": "piper", "characters": {"the Queen": "prosody", "Alice": "tiny"}}""");
        var unchanged = await Render("""{"narrator": "piper", "characters": {"the Queen": "prosody", "Alice": "tiny", "the Duchess": "tiny"}}""");

        Assert.Equal([1, 2, 3], solo.Started.Order());
        Assert.Equal([2], queenCast.Started);
        Assert.Equal([2], queenRecast.Started);
        Assert.Equal([1], aliceAdded.Started);
        Assert.Empty(unchanged.Started);
        Assert.Contains(unchanged.Warnings, w => w.Contains("characters.the Duchess in cast.json", StringComparison.Ordinal) && w.Contains("'the Duchess'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_YamlCast_SpeaksAndHashesEveryChapterAsItsJsonEquivalent()
    {
        using var json = Cast("""{"narrator": "piper", "characters": {"Alice": "tiny", "the Queen": {"voice": "prosody", "speed": 1.2}}}""");
        var byJson = await RenderWith(json, _scratch.File("json"));
        var spokenByJson = _voices.ToDictionary(v => v.Key, v => _voices.SpokenLines(v.Key));
        foreach (var voice in _voices.Values)
        {
            voice.Spoken.Clear();
        }

        using var yaml = VoiceCast.Open(
            CastFile.ParseYaml("narrator: piper\ncharacters:\n  Alice: tiny\n  the Queen: {voice: prosody, speed: 1.2}\n", "cast.yaml"), entry => _voices[entry.Voice], Repeatable);
        var byYaml = await RenderWith(yaml, _scratch.File("yaml"));

        Assert.Equal(3, byYaml.RenderedNow);
        Assert.Equal(byJson.Chapters.Select(c => c.State.RenderedHash), byYaml.Chapters.Select(c => c.State.RenderedHash));
        Assert.Equal([_voices.Phonemes("prosody", DialogueBook.QueenLine)], spokenByJson["prosody"]);
        foreach (var voice in _voices.Keys)
        {
            Assert.Equal(spokenByJson[voice], _voices.SpokenLines(voice));
        }
    }

    [Fact]
    public void Create_PitchForAVoiceWithoutProsodyControls_NamesTheCastEntry()
    {
        using var cast = Cast("""{"narrator": "piper", "characters": {"Alice": {"voice": "tiny", "pitch": 3}}}""");

        var e = Assert.Throws<RenderException>(() => BookRenderer.Create(cast, PronunciationLexicon.Empty, RenderSettings.Default));

        Assert.Contains("Cast file entry characters.Alice in cast.json: Voice", e.Message, StringComparison.Ordinal);
        Assert.Contains("no pitch control", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _voices.Dispose();
        _scratch.Dispose();
    }

    /// <summary>A cast over the test's voices, shared by several renders (disposing a recording voice leaves the real one open).</summary>
    private VoiceCast Cast(string json) =>
        VoiceCast.Open(CastFile.Parse(json, "cast.json"), entry => _voices[entry.Voice], Repeatable);

    private async Task<RecordingProgress> Render(string json)
    {
        var progress = new RecordingProgress();
        using var cast = Cast(json);
        using var renderer = BookRenderer.Create(cast, PronunciationLexicon.Empty, RenderSettings.Default);
        await renderer.RenderAsync(DialogueBook.Make(), Out, ChapterSelection.All, progress);
        return progress;
    }

    private static async Task<RenderReport> RenderWith(VoiceCast cast, string folder)
    {
        using var renderer = BookRenderer.Create(cast, PronunciationLexicon.Empty, RenderSettings.Default);
        return await renderer.RenderAsync(DialogueBook.Make(), folder, ChapterSelection.All, new RecordingProgress());
    }
}
