using Narrator.Phonemes;
using Narrator.Synthesis.Voices;

namespace Narrator.Voices;

/// <summary>An enrolled voice after its consent check: the bundle voice, named by its id and carrying its consent record id.</summary>
internal sealed class ConsentedVoice : IVoice
{
    private readonly IVoice _inner;

    public ConsentedVoice(IVoice inner, string id, string consentRecordId)
    {
        _inner = inner;
        Name = id;
        ConsentRecordId = consentRecordId;
    }

    public string Name { get; }

    public string? ConsentRecordId { get; }

    public int SampleRate => _inner.SampleRate;

    public string Fingerprint => _inner.Fingerprint;

    public string ExecutionProvider => _inner.ExecutionProvider;

    public string? FallbackReason => _inner.FallbackReason;

    public IPhonemizer Phonemizer => _inner.Phonemizer;

    public IReadOnlyDictionary<string, int> UnknownSymbols => _inner.UnknownSymbols;

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings) => _inner.Speak(phonemes, settings);

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings) => _inner.SpeakBatch(phonemes, settings);

    public void Dispose() => _inner.Dispose();
}
