using Narrator.Phonemes;
using Narrator.Synthesis.Voices;

namespace Narrator.Rendering.Tests.Cast;

/// <summary>
/// A voice without a model: every letter becomes 10 ms of a sine at its own frequency and amplitude, so tests can tell
/// voices apart by their samples. It remembers every utterance it spoke, as the letters it was given.
/// </summary>
internal sealed class ToneVoice(string name, int sampleRate, float amplitude, double frequency = 200) : IVoice
{
    public string Name => name;

    public int SampleRate => sampleRate;

    public string Fingerprint => $"tone-{name}";

    public string ExecutionProvider => "CPU";

    public string? FallbackReason => null;

    public IPhonemizer Phonemizer { get; } = new Letters();

    public IReadOnlyDictionary<string, int> UnknownSymbols { get; } = new Dictionary<string, int>();

    public List<string> Spoken { get; } = [];

    public int SamplesPerLetter => sampleRate / 100;

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings)
    {
        lock (Spoken)
        {
            Spoken.Add(string.Concat(phonemes.Symbols));
        }

        var samples = new float[phonemes.Symbols.Count * SamplesPerLetter];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = amplitude * (float)Math.Sin(2 * Math.PI * frequency * i / sampleRate);
        }

        return samples;
    }

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings) => phonemes.Select(p => Speak(p, settings)).ToList();

    public void Dispose()
    {
    }

    private sealed class Letters : IPhonemizer
    {
        public string Name => "letters";

        public string Alphabet => "letters";

        public PhonemeString Phonemize(string text) => new(text.Where(char.IsLetter).Select(c => char.ToLowerInvariant(c).ToString()).ToList(), string.Empty);
    }
}
