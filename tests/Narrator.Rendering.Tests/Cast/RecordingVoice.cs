using Narrator.Phonemes;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Cast;

/// <summary>
/// A real voice that remembers the phonemes of every utterance it speaks, so a test can tell who said what. Disposing it
/// leaves <see cref="Inner"/> open, so that several casts can borrow it; the test disposes that.
/// </summary>
internal sealed class RecordingVoice(IVoice inner) : IVoice
{
    public IVoice Inner => inner;

    public List<string> Spoken { get; } = [];

    public string Name => inner.Name;

    public int SampleRate => inner.SampleRate;

    public string Fingerprint => inner.Fingerprint;

    public string ExecutionProvider => inner.ExecutionProvider;

    public string? FallbackReason => inner.FallbackReason;

    public IPhonemizer Phonemizer => inner.Phonemizer;

    public bool HasProsodyControls => inner.HasProsodyControls;

    public IReadOnlyDictionary<string, int> UnknownSymbols => inner.UnknownSymbols;

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings)
    {
        lock (Spoken)
        {
            Spoken.Add(string.Join(' ', phonemes.Symbols));
        }

        return inner.Speak(phonemes, settings);
    }

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings) => phonemes.Select(p => Speak(p, settings)).ToList();

    public void Dispose()
    {
    }
}
