using System.Text.Json;
using Narrator.Books;
using Narrator.Models;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Proof;
using Narrator.Rendering.Tests.Encoding;
using Narrator.Rendering.Tests.Rendering;
using Narrator.Rendering.Timing;
using Narrator.Synthesis.Voices;
using Narrator.Voices;

namespace Narrator.Rendering.Tests.Proof;

/// <summary>
/// Proof-listening during a render, with the tiny voice and a recognizer that hears what each test scripts: a paragraph
/// with a suspect utterance is read again another way, the best reading is kept, and what still fails is reported in
/// the report, report.json and proof.html.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(FfmpegCollection.Name)]
public sealed class ProofListeningTests : IDisposable
{
    private const string Sentence = "The lamp is lit tonight.";
    private static readonly string TinyVoice = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices", "tiny-piper", "en_US-tiny-x_low.onnx");
    private static readonly VoiceSettings Repeatable = new() { NoiseScale = 0, NoiseW = 0 };

    private readonly ScratchFolder _scratch = new();
    private readonly IVoice _voice = VoiceLoader.Load(VoiceResolver.Resolve(TinyVoice, "none"), new ExecutionOptions { Device = ExecutionDevice.Cpu });

    private string Out => _scratch.File("out");

    [Fact]
    public async Task RenderAsync_UtteranceNotHeardOnce_IsReadAgainSlowerAndPasses()
    {
        var recognizer = new ScriptedRecognizer((call, clip) => call == 0 && clip == 0 ? string.Empty : "the lamp is lit tonight");

        var report = await Render([Sentence, Sentence], new ProofSettings { Recognizer = recognizer });

        var utterances = Timings().Utterances;
        Assert.Equal([2, 1], utterances.Select(u => u.Proof!.Readings));
        Assert.All(utterances, u => Assert.Null(u.Proof!.Problem));
        Assert.True(Length(utterances[0]) > 1.05 * Length(utterances[1]), $"the retake ({Length(utterances[0])} samples) should be read slower than the first reading ({Length(utterances[1])})");
        Assert.Equal([2, 1], recognizer.Calls);
        Assert.Equal((2, 1, 0), (report.Proof!.Utterances, report.Proof.ReadAgain, report.Proof.Suspects.Count));
    }

    [Fact]
    public async Task RenderAsync_NeverHeard_ReadsAgainSplittingAtClausesAndReportsTheSuspect()
    {
        const string Long = "The old keeper climbed the stairs, counted every step, and lit the great lamp at the top.";
        var recognizer = new ScriptedRecognizer((_, _) => string.Empty);

        var report = await Render([Long], new ProofSettings { Recognizer = recognizer, Retakes = 2 });

        Assert.Equal(3, recognizer.Calls.Count);
        Assert.Equal(1, recognizer.Calls[0]);
        Assert.True(recognizer.Calls[2] > 1, $"the second retake should split the sentence at its clauses, but {recognizer.Calls[2]} utterance(s) were heard");
        var suspect = Assert.Single(report.Proof!.Suspects);
        Assert.Equal((1, "Lamps", Long, "nothing was heard", 3), (suspect.Chapter, suspect.ChapterTitle, suspect.Text, suspect.Problem, suspect.Readings));
        Assert.Equal("chapters/01 - Lamps.flac", suspect.Audio);
        Assert.True(suspect.End > suspect.Start + 1, $"{suspect.Start}–{suspect.End} s");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, RenderReport.FileName)));
        var written = Assert.Single(json.RootElement.GetProperty("proof").GetProperty("suspects").EnumerateArray());
        Assert.Equal(suspect.Start, written.GetProperty("start").GetDouble(), 6);
        var page = File.ReadAllText(Path.Combine(Out, ProofReport.PageName));
        Assert.Contains("id=\"suspect-1\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("suspect-2", page, StringComparison.Ordinal);
        Assert.Contains("src=\"chapters/01%20-%20Lamps.flac\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_WithoutProof_HearsNothingAndReportsNoProof()
    {
        var report = await Render([Sentence], proof: null);

        Assert.Null(report.Proof);
        Assert.All(Timings().Utterances, u => Assert.Null(u.Proof));
        Assert.False(File.Exists(Path.Combine(Out, ProofReport.PageName)));
    }

    [Fact]
    public void Create_RecognizerNotInstalled_RefusesBeforeRenderingAndSaysHowToRenderWithout()
    {
        var settings = new RenderSettings { Proof = new ProofSettings { Recognizer = new ScriptedRecognizer((_, _) => string.Empty, "no speech recognizer: it is not on PATH") } };

        var error = Assert.Throws<RenderException>(() => BookRenderer.Create(_voice, Repeatable, PronunciationLexicon.Empty, settings));

        Assert.Contains("proof-listening cannot start: no speech recognizer: it is not on PATH", error.Message, StringComparison.Ordinal);
        Assert.Contains("narrate --no-proof", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _voice.Dispose();
        _scratch.Dispose();
    }

    private static long Length(UtteranceTiming utterance) => utterance.End - utterance.Start;

    private ChapterTimings Timings() => TimingsFile.Load(Path.Combine(Out, "timings", "01 - Lamps.json"));

    private async Task<RenderReport> Render(string[] paragraphs, ProofSettings? proof)
    {
        var book = new Books.Book
        {
            SourcePath = "lamps.md",
            Format = BookFormat.Markdown,
            Title = "Lamps",
            Chapters = [new Chapter { Index = 1, Title = "Lamps", Blocks = paragraphs.Select((p, i) => new Block(BlockKind.Paragraph, p, new SourceLocation("lamps.md", i + 3))).ToList() }],
        };
        var settings = new RenderSettings { ReadChapterTitles = false, WriteMp3 = false, WriteAudiobook = false, Proof = proof };
        using var renderer = BookRenderer.Create(_voice, Repeatable, PronunciationLexicon.Empty, settings);
        return await renderer.RenderAsync(book, Out, ChapterSelection.All, new RecordingProgress());
    }

    /// <summary>Hears what <c>script(call, clip)</c> says, and counts the clips of each call.</summary>
    private sealed class ScriptedRecognizer(Func<int, int, string> script, string? unavailable = null) : ISpeechRecognizer
    {
        public List<int> Calls { get; } = [];

        public string Name => "scripted";

        public string? Unavailable => unavailable;

        public Task<IReadOnlyList<string>> TranscribeAsync(IReadOnlyList<(float[] Samples, int SampleRate)> clips, CancellationToken cancellationToken = default)
        {
            var call = Calls.Count;
            Calls.Add(clips.Count);
            return Task.FromResult<IReadOnlyList<string>>(clips.Select((_, i) => script(call, i)).ToList());
        }
    }
}
