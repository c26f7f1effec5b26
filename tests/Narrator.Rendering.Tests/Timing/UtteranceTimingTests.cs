using Narrator.Audio;
using Narrator.Audio.Mastering;
using Narrator.Books;
using Narrator.Models;
using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Tests.Encoding;
using Narrator.Rendering.Tests.Rendering;
using Narrator.Rendering.Timing;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Timing;

/// <summary>
/// Each utterance's recorded time range is where its samples are in the mastered file: the sentence synthesized alone
/// is found there by cross-correlation, within 20 ms, with speech inside the range and the pauses around it quiet.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Trait("Needs", "espeak-ng")]
[Collection(FfmpegCollection.Name)]
public sealed class UtteranceTimingTests : IDisposable
{
    private const double ToleranceSeconds = 0.020;
    private static readonly string TinyVoice = Path.Combine(AppContext.BaseDirectory, "fixtures", "voices", "tiny-piper", "en_US-tiny-x_low.onnx");
    private static readonly VoiceSettings Repeatable = new() { NoiseScale = 0, NoiseW = 0 };

    private readonly ScratchFolder _scratch = new();
    private readonly IVoice _voice = VoiceLoader.Load(VoiceResolver.Resolve(TinyVoice, "none"), new ExecutionOptions { Device = ExecutionDevice.Cpu });

    private string Out => _scratch.File("out");

    [Fact]
    public async Task RenderAsync_EveryUtterance_LiesWhereItsSamplesAreInTheMaster()
    {
        var book = Book(("The Keeper", ["The lamp was lit at dusk. Marta climbed the hundred steps slowly!", "Was the sea calm tonight? It was."]));

        await Render(book, RenderSettings.Default);

        var timings = TimingsFile.Load(Path.Combine(Out, "timings", "01 - The Keeper.json"));
        Assert.Equal(["The Keeper", "The lamp was lit at dusk.", "Marta climbed the hundred steps slowly!", "Was the sea calm tonight?", "It was."], timings.Utterances.Select(u => u.Text));
        Assert.Equal([UtteranceKind.Title, UtteranceKind.Text, UtteranceKind.Text, UtteranceKind.Text, UtteranceKind.Text], timings.Utterances.Select(u => u.Kind));
        Assert.Equal([null, 0, 0, 1, 1], timings.Utterances.Select(u => u.Block));
        Assert.Equal("Was the sea calm tonight?", book.Chapters[0].Blocks[1].Text.Substring(timings.Utterances[3].Offset!.Value, timings.Utterances[3].Length!.Value));
        Assert.Equal(timings.Utterances[1].Text, book.Chapters[0].Blocks[0].Text.Substring(timings.Utterances[1].Offset!.Value, timings.Utterances[1].Length!.Value));
        await AssertWhereSpoken(timings);
    }

    [Fact]
    public async Task RenderAsync_ChapterSplitIntoParts_EachUtteranceIsTimedInItsOwnPart()
    {
        var book = Book(("Long", ["The lamp was lit at dusk.", "Marta climbed the steps.", "The sea was calm.", "Morning came at last.", "The gulls woke her."]));
        var settings = new RenderSettings { Mastering = new MasteringOptions { MaxPartDuration = TimeSpan.FromSeconds(12) } };

        await Render(book, settings);

        var timings = TimingsFile.Load(Path.Combine(Out, "timings", "01 - Long.json"));
        Assert.True(timings.Files.Count > 1, $"the chapter should be split, but has {timings.Files.Count} file(s)");
        Assert.Contains(timings.Utterances, u => u.Part > 1);
        await AssertWhereSpoken(timings);
    }

    public void Dispose()
    {
        _voice.Dispose();
        _scratch.Dispose();
    }

    private static Books.Book Book(params (string Title, string[] Paragraphs)[] chapters) => new()
    {
        SourcePath = "timing.md",
        Format = BookFormat.Markdown,
        Title = "Timing",
        Chapters = chapters.Select((c, i) => new Chapter
        {
            Index = i + 1,
            Title = c.Title,
            Blocks = c.Paragraphs.Select((p, j) => new Block(BlockKind.Paragraph, p, new SourceLocation("timing.md", j + 3))).ToList(),
        }).ToList(),
    };

    private async Task Render(Books.Book book, RenderSettings settings)
    {
        using var renderer = BookRenderer.Create(_voice, Repeatable, PronunciationLexicon.Empty, settings);
        await renderer.RenderAsync(book, Out, ChapterSelection.All, new RecordingProgress());
    }

    /// <summary>Each text utterance, synthesized alone, correlates best with its file at its recorded start; its range is loud and its edges quiet.</summary>
    private async Task AssertWhereSpoken(ChapterTimings timings)
    {
        var rate = timings.SampleRate;
        var files = timings.Files.Select(f => Ffmpeg.Decode(Path.Combine(Out, f.Lossless))).ToList();
        Assert.Equal(timings.Files.Select(f => f.Samples), files.Select(f => (long)f.Length));
        var tolerance = (int)(ToleranceSeconds * rate);
        using var synthesizer = Synthesizer.Create(_voice, new SynthesisOptions { Voice = Repeatable }, ownsVoice: false);
        foreach (var utterance in timings.Utterances.Where(u => u.Kind == UtteranceKind.Text))
        {
            var master = files[utterance.Part - 1];
            var alone = Resampling.Resample(await synthesizer.SynthesizeAllAsync(utterance.Text), synthesizer.SampleRate, rate);
            var (lag, score) = BestLag(master, alone, utterance.Start - (3 * tolerance), utterance.Start + (3 * tolerance));
            Assert.True(score > 0.5, $"'{utterance.Text}' is not found near {utterance.Start} (best correlation {score:0.00} at {lag})");
            Assert.True(Math.Abs(lag - utterance.Start) <= tolerance, $"'{utterance.Text}' starts at {lag}, recorded {utterance.Start}");
            Assert.True(Math.Abs(utterance.End - utterance.Start - alone.Length) <= tolerance, $"'{utterance.Text}' lasts {alone.Length} samples, recorded {utterance.End - utterance.Start}");
            Assert.True(Signal.Rms(master, utterance.Start, utterance.End) > -45, $"'{utterance.Text}': no speech in its range");
            // The pauses around it are room tone, but for the resampler's ringing (a few ms) at a sudden onset.
            int edge = rate / 50, guard = rate / 200;
            Assert.True(Signal.Rms(master, utterance.Start - edge - guard, utterance.Start - guard) < -55, $"'{utterance.Text}': sound just before its start");
            Assert.True(Signal.Rms(master, utterance.End + guard, utterance.End + guard + edge) < -55, $"'{utterance.Text}': sound just after its end");
        }
    }

    private static (long Lag, double Score) BestLag(float[] signal, float[] probe, long from, long to)
    {
        var best = (Lag: from, Score: double.NegativeInfinity);
        var probeEnergy = probe.Sum(x => (double)x * x);
        for (var lag = Math.Max(0, from); lag <= Math.Min(to, signal.Length - probe.Length); lag++)
        {
            double dot = 0, energy = 0;
            for (var i = 0; i < probe.Length; i++)
            {
                var x = signal[lag + i];
                dot += x * probe[i];
                energy += x * x;
            }

            var score = dot / Math.Sqrt((energy * probeEnergy) + 1e-12);
            if (score > best.Score)
            {
                best = (lag, score);
            }
        }

        return best;
    }
}
