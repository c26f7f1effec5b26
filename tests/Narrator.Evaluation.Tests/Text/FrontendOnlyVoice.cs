using Narrator.Phonemes;
using Narrator.Synthesis.Voices;

namespace Narrator.Evaluation.Tests.Text;

/// <summary>A voice with the default bundle's phonemizer and no model: enough for <see cref="Synthesis.Synthesizer.Prepare"/>.</summary>
internal sealed class FrontendOnlyVoice : IVoice
{
    public string Name => "frontend-only";

    public int SampleRate => 22050;

    public string Fingerprint => "frontend-only";

    public string ExecutionProvider => "none";

    public string? FallbackReason => null;

    public IPhonemizer Phonemizer { get; } = LexiconPhonemizer.CreateDefault();

    public IReadOnlyDictionary<string, int> UnknownSymbols { get; } = new Dictionary<string, int>();

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings) => throw new NotSupportedException("The text evaluation must not synthesize.");

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings) => throw new NotSupportedException("The text evaluation must not synthesize.");

    public void Dispose()
    {
    }
}
