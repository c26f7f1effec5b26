using Narrator.Phonemes;
using Narrator.Synthesis.Voices;

namespace Narrator.Voices;

/// <summary>A voice made from a person's recordings after the consent gate let it through: named for reports, carrying the consent it spoke under.</summary>
internal sealed class ConsentedVoice : IVoice
{
    private readonly IVoice _inner;

    public ConsentedVoice(IVoice inner, string name, ConsentGrant consent)
    {
        _inner = inner;
        Name = name;
        Consent = consent;
    }

    public string Name { get; }

    public ConsentGrant Consent { get; }

    public int SampleRate => _inner.SampleRate;

    public string Fingerprint => _inner.Fingerprint;

    public string ExecutionProvider => _inner.ExecutionProvider;

    public string? FallbackReason => _inner.FallbackReason;

    public IPhonemizer Phonemizer => _inner.Phonemizer;

    public string Language => _inner.Language;

    public bool HasProsodyControls => _inner.HasProsodyControls;

    public IReadOnlyDictionary<string, int> UnknownSymbols => _inner.UnknownSymbols;

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings) => _inner.Speak(phonemes, settings);

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings) => _inner.SpeakBatch(phonemes, settings);

    public void Dispose() => _inner.Dispose();
}
