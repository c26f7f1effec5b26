using Narrator.Phonemes;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Rendering;

/// <summary>A voice as the consent gate hands it out: another voice carrying the consent it was checked for.</summary>
internal sealed class GrantedVoice(IVoice inner, ConsentGrant consent) : IVoice
{
    public string Name => inner.Name;

    public int SampleRate => inner.SampleRate;

    public string Fingerprint => inner.Fingerprint;

    public ConsentGrant? Consent => consent;

    public string ExecutionProvider => inner.ExecutionProvider;

    public string? FallbackReason => inner.FallbackReason;

    public IPhonemizer Phonemizer => inner.Phonemizer;

    public IReadOnlyDictionary<string, int> UnknownSymbols => inner.UnknownSymbols;

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings) => inner.Speak(phonemes, settings);

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings) => inner.SpeakBatch(phonemes, settings);

    public void Dispose() => inner.Dispose();
}
