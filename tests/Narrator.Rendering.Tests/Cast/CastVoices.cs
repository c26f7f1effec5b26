using Narrator.Models;
using Narrator.Synthesis;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Cast;

/// <summary>The three tiny voices the cast tests give parts to (a Piper voice, a bundle, a bundle with prosody), each recording what it speaks.</summary>
internal sealed class CastVoices : Dictionary<string, RecordingVoice>, IDisposable
{
    public static readonly VoiceSettings Repeatable = new() { NoiseScale = 0, NoiseW = 0 };
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures");

    public CastVoices()
    {
        this["piper"] = new RecordingVoice(Piper());
        this["tiny"] = new RecordingVoice(Tiny());
        this["prosody"] = new RecordingVoice(Load(Path.Combine(Fixtures, "bundles", "tiny-prosody")));
    }

    public static IVoice Piper() => Load(Path.Combine(Fixtures, "voices", "tiny-piper", "en_US-tiny-x_low.onnx"));

    public static IVoice Tiny() => Load(Path.Combine(Fixtures, "bundles", "tiny"));

    public static IVoice Load(string path) => VoiceLoader.Load(VoiceResolver.Resolve(path, "none"), new ExecutionOptions { Device = ExecutionDevice.Cpu });

    /// <summary>The distinct lines a voice spoke, less the passage every voice reads to measure its level.</summary>
    public List<string> SpokenLines(string voice)
    {
        var measuring = Phonemes(voice, Narrator.Rendering.Cast.SpeechLevel.Passage);
        return this[voice].Spoken.Where(s => s != measuring).Distinct().ToList();
    }

    /// <summary>The phonemes a voice speaks for a text, as its recording lists them.</summary>
    public string Phonemes(string voice, string text)
    {
        using var synthesizer = Synthesizer.Create(this[voice], ownsVoice: false);
        return string.Join(' ', synthesizer.Prepare(text).Single().Phonemes.Symbols);
    }

    public void Dispose()
    {
        foreach (var voice in Values)
        {
            voice.Inner.Dispose();
        }
    }
}
