using Narrator.Phonemes;
using Narrator.Synthesis.Voices;

namespace Narrator.Server.Tests;

/// <summary>A real voice that stops before its second utterance until the test lets it go on.</summary>
internal sealed class HeldVoice(IVoice voice) : IVoice
{
    private int _spoken;

    public SemaphoreSlim Release { get; } = new(0);

    public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => voice.Name;

    public int SampleRate => voice.SampleRate;

    public string Fingerprint => voice.Fingerprint;

    public string ExecutionProvider => voice.ExecutionProvider;

    public string? FallbackReason => voice.FallbackReason;

    public IPhonemizer Phonemizer => voice.Phonemizer;

    public IReadOnlyDictionary<string, int> UnknownSymbols => voice.UnknownSymbols;

    public float[] Speak(PhonemeString phonemes, VoiceSettings settings)
    {
        if (Interlocked.Increment(ref _spoken) == 2)
        {
            Waiting.TrySetResult();
            Release.Wait(TimeSpan.FromMinutes(1));
        }

        return voice.Speak(phonemes, settings);
    }

    public IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings) => [.. phonemes.Select(p => Speak(p, settings))];

    public void Dispose()
    {
        Release.Dispose();
        voice.Dispose();
    }
}
