using Narrator.Audio.Mastering;
using Narrator.Rendering.Cast;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Cast;

public sealed class CastSpeakersTests
{
    private const string Line = "Where is the milk?";

    [Fact]
    public async Task SpeakAsync_VoiceAtAnotherRate_IsResampledToTheNarratorsRate()
    {
        var narrator = new ToneVoice("narrator", 16000, 0.1f);
        var alice = new ToneVoice("alice", 22050, 0.1f);
        using var speakers = Speakers(narrator, alice, out var cast);

        var samples = await Samples(speakers, cast.Characters["Alice"]);

        var seconds = "whereisthemilk".Length * 0.01;
        Assert.Equal(seconds * 16000, samples.Length, tolerance: 10);
        Assert.Equal(16000, speakers.SampleRate);
    }

    [Fact]
    public async Task SpeakAsync_QuieterVoice_IsBroughtToTheNarratorsSpeechLevel()
    {
        var narrator = new ToneVoice("narrator", 16000, 0.2f);
        var alice = new ToneVoice("alice", 22050, 0.02f, frequency: 300);
        using var speakers = Speakers(narrator, alice, out var cast);

        var narration = Level(await Samples(speakers, cast.Narrator));
        var dialogue = Level(await Samples(speakers, cast.Characters["Alice"]));

        Assert.Equal(-20, Level(alice.Speak(new Phonemes.PhonemeString(["a", "b"], string.Empty), VoiceSettings.Default)) - narration, tolerance: 0.5);
        Assert.Equal(narration, dialogue, tolerance: 0.5);
    }

    [Fact]
    public async Task SpeakAsync_Narrator_PassesItsAudioUntouched()
    {
        var narrator = new ToneVoice("narrator", 16000, 0.2f);
        using var speakers = Speakers(narrator, new ToneVoice("alice", 22050, 0.02f), out var cast);
        using var alone = Synthesizer.Create(narrator, ownsVoice: false);

        var samples = await Samples(speakers, cast.Narrator);

        Assert.Equal(await alone.SynthesizeAllAsync(Line), samples);
    }

    private static CastSpeakers Speakers(IVoice narrator, IVoice alice, out VoiceCast cast)
    {
        var file = CastFile.Parse("""{"narrator": "narrator", "characters": {"Alice": "alice"}}""", "cast.json");
        cast = VoiceCast.Open(file, entry => entry.Voice == "alice" ? alice : narrator, VoiceSettings.Default);
        return CastSpeakers.Create(cast, (_, _) => new SynthesisOptions());
    }

    private static async Task<float[]> Samples(CastSpeakers speakers, CastVoice voice)
    {
        var samples = new List<float>();
        await foreach (var chunk in speakers.SpeakAsync(new ScriptLine(Line, SpeakOptions.Default, TimeSpan.Zero, voice), retake: 0, CancellationToken.None))
        {
            samples.AddRange(chunk.Samples);
        }

        return [.. samples];
    }

    private static double Level(float[] samples)
    {
        var meter = new LevelMeter();
        meter.Add(samples);
        return meter.RmsDb;
    }
}
