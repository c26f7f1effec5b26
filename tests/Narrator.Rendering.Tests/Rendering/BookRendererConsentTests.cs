using Narrator.Core;
using Narrator.Models;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Tests.Encoding;
using Narrator.Rendering.Timing;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Rendering;

[Trait("Tier", "integration")]
[Trait("Needs", "espeak-ng")]
[Trait("Needs", "ffmpeg")]
[Collection(FfmpegCollection.Name)]
public sealed class BookRendererConsentTests
{
    private static readonly string TinyVoice = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices", "tiny-piper", "en_US-tiny-x_low.onnx");

    [Fact]
    public void Create_VoiceLetThroughForAPreview_RefusedForABook()
    {
        using var voice = new GrantedVoice(VoiceLoader.Load(VoiceResolver.Resolve(TinyVoice, "none"), new ExecutionOptions { Device = ExecutionDevice.Cpu }), new ConsentGrant("preview-1", "Acme", "preview"));

        var e = Assert.Throws<RenderException>(() => BookRenderer.Create(voice, VoiceSettings.Default, PronunciationLexicon.Empty, RenderSettings.Default));

        Assert.Equal(ErrorKind.Refused, e.Kind);
        Assert.Contains("'preview', not for an audiobook", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_CreditsInAPersonsVoice_SayTheVoiceIsSyntheticAndTheirsWithConsent()
    {
        using var scratch = new ScratchFolder();
        using var voice = new GrantedVoice(VoiceLoader.Load(VoiceResolver.Resolve(TinyVoice, "none"), new ExecutionOptions { Device = ExecutionDevice.Cpu }), new ConsentGrant("book-1", "Acme", "audiobook"));
        var settings = new RenderSettings { Credits = new Credits("Jane Doe"), Narrator = "Jane Doe", WriteMp3 = false };
        using var renderer = BookRenderer.Create(voice, VoiceSettings.Default, PronunciationLexicon.Empty, settings);

        var report = await renderer.RenderAsync(TestBooks.Make(("Only", "Just one.")), scratch.File("out"), ChapterSelection.All, new RecordingProgress());

        const string Disclosure = "Narrated by a synthetic voice of Jane Doe, made with their consent.";
        var closing = TimingsFile.Load(Path.Combine(report.Folder, "timings", "02 - Closing Credits.json"));
        Assert.Contains(Disclosure, string.Join(' ', closing.Utterances.Select(u => u.Text)), StringComparison.Ordinal);
        var tags = Ffmpeg.Probe(report.AudiobookPath!, "-show_format").RootElement.GetProperty("format").GetProperty("tags");
        Assert.StartsWith(Disclosure.TrimEnd('.'), tags.GetProperty("comment").GetString(), StringComparison.Ordinal);
    }
}
