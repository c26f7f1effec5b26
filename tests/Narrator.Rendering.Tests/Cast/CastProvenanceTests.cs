using System.Text.Json;
using Narrator.Models;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Tests.Encoding;
using Narrator.Rendering.Tests.Rendering;
using Narrator.Synthesis.Provenance;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Cast;

[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(FfmpegCollection.Name)]
public sealed class CastProvenanceTests : IDisposable
{
    private static readonly VoiceSettings Repeatable = CastVoices.Repeatable;

    private readonly ScratchFolder _scratch = new();
    private readonly IVoice _narrator = CastVoices.Piper();
    private readonly IVoice _alice = new GrantedVoice(CastVoices.Tiny(), new ConsentGrant("alice-consent-1", "Acme", "audiobook", "ab12"));

    [Fact]
    public async Task RenderAsync_Cast_EachChapterNamesTheVoicesHeardInItWithTheirConsentRecords()
    {
        var report = await Render();

        var (tea, home) = (FlacOf(report, 1), FlacOf(report, 3));
        var sidecar = JsonDocument.Parse(File.ReadAllText(tea + ".provenance.json")).RootElement;
        var voices = sidecar.GetProperty("voices").EnumerateArray().ToList();
        Assert.Equal([_narrator.Name, _alice.Name], voices.Select(v => v.GetProperty("voice").GetString()));
        Assert.Equal(["narration"], voices[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(voices[0].TryGetProperty("consentRecordId", out _));
        Assert.Equal("alice-consent-1", voices[1].GetProperty("consentRecordId").GetString());
        Assert.Equal(["Alice"], voices[1].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(_narrator.Name, sidecar.GetProperty("voice").GetString());
        Assert.False(JsonDocument.Parse(File.ReadAllText(home + ".provenance.json")).RootElement.TryGetProperty("voices", out _));
    }

    [Fact]
    public async Task RenderAsync_Cast_TheSignedManifestNamesEveryVoiceHeard()
    {
        var report = await Render();

        var verified = EmbeddedProvenance.Verify(FlacOf(report, 1));

        Assert.Equal(ProvenanceStatus.Valid, verified.Status);
        Assert.Equal([_narrator.Name, _alice.Name], verified.Voices!.Select(v => v.Voice));
        Assert.Equal([null, "alice-consent-1"], verified.Voices!.Select(v => v.ConsentRecordId));
        Assert.Equal(ProvenanceRecord.PayloadOf(_alice).ToString("x8", System.Globalization.CultureInfo.InvariantCulture), verified.Voices![1].WatermarkPayload);
        Assert.Null(EmbeddedProvenance.Verify(FlacOf(report, 3)).Voices);
    }

    [Fact]
    public async Task RenderAsync_Cast_TheAudiobookCreditsTheCastInItsDescription()
    {
        var report = await Render();

        var tags = Ffmpeg.Probe(report.AudiobookPath!, "-show_format").RootElement.GetProperty("format").GetProperty("tags");

        Assert.Equal($"Read by {_narrator.Name}; characters voiced by {_alice.Name} (Alice).", tags.GetProperty("description").GetString());
        Assert.Contains($"with the voices {_narrator.Name}, {_alice.Name}.", tags.GetProperty("comment").GetString(), StringComparison.Ordinal);
        Assert.Equal([null, "alice-consent-1"], EmbeddedProvenance.Verify(report.AudiobookPath!).Voices!.Select(v => v.ConsentRecordId));
    }

    // The cast each test renders with owns the two voices and disposes them.
    public void Dispose() => _scratch.Dispose();

    private static string FlacOf(RenderReport report, int chapter) =>
        Path.Combine(report.Folder, report.Chapters.Single(c => c.Chapter.Index == chapter).State.Files[0].Lossless);

    private async Task<RenderReport> Render()
    {
        using var cast = VoiceCast.Open(
            CastFile.Parse("""{"narrator": "narrator", "characters": {"Alice": "alice"}}""", "cast.json"),
            entry => entry.Voice == "alice" ? _alice : _narrator,
            Repeatable);
        using var renderer = BookRenderer.Create(cast, PronunciationLexicon.Empty, new RenderSettings { WriteMp3 = false });
        return await renderer.RenderAsync(DialogueBook.Make(), _scratch.File("out"), ChapterSelection.All, new RecordingProgress());
    }
}
