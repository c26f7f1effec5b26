using Narrator.Phonemes;

namespace Narrator.Synthesis.Voices;

/// <summary>
/// A loaded voice: the phonemizer its model was trained with and the model that turns that
/// phonemizer's output into audio. Piper voices and Narrator bundles both sit behind it.
/// </summary>
public interface IVoice : IDisposable
{
    /// <summary>What the user selected, for reports: a file name or a voice id.</summary>
    string Name { get; }

    /// <summary>The rate of the audio the voice makes, in Hz.</summary>
    int SampleRate { get; }

    /// <summary>A hash of the model files: it changes whenever the voice would sound different.</summary>
    string Fingerprint { get; }

    /// <summary>The language the voice speaks, as a primary language subtag ("en"). [default: "en"]</summary>
    string Language => "en";

    /// <summary>The consent that allows this voice to speak, as checked by the consent gate; null for stock and Piper voices.</summary>
    ConsentGrant? Consent => null;

    /// <summary>The ONNX Runtime execution provider that runs the model ("CUDA" or "CPU").</summary>
    string ExecutionProvider { get; }

    /// <summary>Why a preferred provider was not used, if one was tried and failed.</summary>
    string? FallbackReason { get; }

    /// <summary>The phonemizer the voice's model expects (lexicon for Narrator bundles, espeak-ng for Piper voices).</summary>
    IPhonemizer Phonemizer { get; }

    /// <summary>
    /// Whether the voice's model takes a pitch shift and an energy scale (<see cref="VoiceSettings.Pitch"/>,
    /// <see cref="VoiceSettings.Energy"/>): Narrator bundles exported with prosody controls do. [default: false]
    /// </summary>
    bool HasProsodyControls => false;

    /// <summary>Phoneme symbols the model has no id for, with how often each was skipped so far.</summary>
    IReadOnlyDictionary<string, int> UnknownSymbols { get; }

    /// <summary>Speaks one utterance's <paramref name="phonemes"/> with <paramref name="settings"/>; mono samples at <see cref="SampleRate"/>.</summary>
    float[] Speak(PhonemeString phonemes, VoiceSettings settings);

    /// <summary>Speaks several utterances in one model call where the model allows it.</summary>
    IReadOnlyList<float[]> SpeakBatch(IReadOnlyList<PhonemeString> phonemes, VoiceSettings settings);
}
