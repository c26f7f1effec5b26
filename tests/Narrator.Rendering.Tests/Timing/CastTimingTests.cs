using Narrator.Phonemes.Pronunciation;
using Narrator.Rendering.Cast;
using Narrator.Rendering.Planning;
using Narrator.Rendering.Tests.Cast;
using Narrator.Rendering.Tests.Encoding;
using Narrator.Rendering.Tests.Rendering;
using Narrator.Rendering.Timing;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Timing;

/// <summary>
/// A paragraph read in parts by two voices at different sample rates (the character's audio resampled to the
/// narrator's): each part's utterances are timed where that voice's tone is in the master, with the voice that read them.
/// </summary>
[Trait("Tier", "integration")]
[Trait("Needs", "ffmpeg")]
[Collection(FfmpegCollection.Name)]
public sealed class CastTimingTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();
    private readonly ToneVoice _narrator = new("narrator", 16000, 0.3f, frequency: 200);
    private readonly ToneVoice _alice = new("alice", 22050, 0.3f, frequency: 500);

    [Fact]
    public async Task RenderAsync_ParagraphInTwoVoices_EachPartIsTimedWhereItsVoiceIsAndNamesIt()
    {
        var file = CastFile.Parse("""{"narrator": "narrator", "characters": {"Alice": "alice"}}""", "cast.json");
        using var cast = VoiceCast.Open(file, entry => entry.Voice == "alice" ? _alice : _narrator, VoiceSettings.Default);
        using var renderer = BookRenderer.Create(cast, PronunciationLexicon.Empty, new RenderSettings { WriteMp3 = false, WriteAudiobook = false });
        var book = DialogueBook.Make();

        await renderer.RenderAsync(book, _scratch.Path, ChapterSelection.Parse("1", book.Chapters.Count), new RecordingProgress());

        var timings = TimingsFile.Load(Path.Combine(_scratch.Path, "timings", "01 - Tea.json"));
        Assert.Equal(["Tea", "The table was long and the tea was cold.", DialogueBook.AliceLine, "said Alice."], timings.Utterances.Select(u => u.Text));
        Assert.Equal([_narrator.Name, _narrator.Name, _alice.Name, _narrator.Name], timings.Utterances.Select(u => u.Voice));
        var dialogue = book.Chapters[0].Blocks[1].Text;
        Assert.All(timings.Utterances.Skip(2), u => Assert.Equal(u.Text, dialogue.Substring(u.Offset!.Value, u.Length!.Value)));
        var master = Ffmpeg.Decode(Path.Combine(_scratch.Path, timings.Files[0].Lossless));
        var rate = timings.SampleRate;
        var tolerance = rate / 50;
        foreach (var utterance in timings.Utterances)
        {
            // The tone starts and stops within 20 ms of the recorded range, and in it is the voice that reads the part.
            var onset = Enumerable.Range(0, 2 * tolerance).First(k => Math.Abs(master[utterance.Start - tolerance + k]) > 0.05) - tolerance;
            var end = tolerance - Enumerable.Range(0, 2 * tolerance).First(k => Math.Abs(master[utterance.End + tolerance - k]) > 0.05);
            Assert.True(Math.Abs(onset) <= tolerance && Math.Abs(end) <= tolerance, $"'{utterance.Text}': the tone starts {onset} and ends {end} samples from its recorded range");
            var expected = utterance.Text == DialogueBook.AliceLine ? 500 : 200;
            Assert.InRange(Frequency(master, utterance.Start + (rate / 200), utterance.End - (rate / 200), rate), expected * 0.9, expected * 1.1);
        }
    }

    public void Dispose()
    {
        _narrator.Dispose();
        _alice.Dispose();
        _scratch.Dispose();
    }

    /// <summary>The tone's frequency from its zero crossings.</summary>
    private static double Frequency(float[] samples, long start, long end, int rate)
    {
        var crossings = 0;
        for (var i = start + 1; i < end; i++)
        {
            crossings += (samples[i - 1] < 0) != (samples[i] < 0) ? 1 : 0;
        }

        return crossings / 2.0 / ((end - start) / (double)rate);
    }
}
