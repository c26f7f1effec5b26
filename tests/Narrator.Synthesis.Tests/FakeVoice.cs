using Narrator.Phonemes;
using Narrator.Synthesis.Voices;

namespace Narrator.Synthesis.Tests;

/// <summary>
/// A deterministic voice: each phoneme symbol becomes 10 samples whose value encodes the symbol,
/// so tests can tell which utterance produced which audio.
/// </summary>
internal sealed class FakeVoice : IVoice
{
    public const int SamplesPerSymbol = 10;

    public string Name => "fake";

    public int SampleRate => 1000;

    public string Fingerprint => "fake-voice-1";

    public string ExecutionProvider => "CPU";

    public string? FallbackReason => null;

    public IPhonemizer Phonemizer { get; } = new LetterPhonemizer();

    public IReadOnlyDictionary<string, int> UnknownSymbols { get; } = new Dictionary<string, int>();

    public int Calls { get; private set; }

    public List<int> BatchSizes { get; } = [];

    /// <summary>The phoneme counts of each batch's utterances, in call order.</summary>
    public List<int[]> BatchLengths { get; } = [];

    public bool Disposed { get; private set; }

    /// <summary>How long each utterance takes to speak (none by default).</summary>
    public TimeSpan Delay { get; init; }

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings)
    {
        Calls++;
        if (Delay > TimeSpan.Zero)
        {
            Thread.Sleep(Delay);
        }

        var samples = new float[phonemes.Symbols.Count * SamplesPerSymbol];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (phonemes.Symbols[i / SamplesPerSymbol][0] % 64) / 64f;
        }

        return samples;
    }

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings)
    {
        BatchSizes.Add(phonemes.Count);
        BatchLengths.Add(phonemes.Select(p => p.Symbols.Count).ToArray());
        return phonemes.Select(p => Speak(p, settings)).ToList();
    }

    public void Dispose() => Disposed = true;

    private sealed class LetterPhonemizer : IPhonemizer
    {
        public string Name => "letters";

        public string Alphabet => "letters";

        public PhonemeString Phonemize(string text) =>
            new(text.Where(char.IsLetter).Select(c => c.ToString()).ToList(), string.Empty);
    }
}
