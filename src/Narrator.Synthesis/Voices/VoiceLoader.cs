using Narrator.Core;
using Narrator.Models;

namespace Narrator.Synthesis.Voices;

/// <summary>
/// Loads a stock or Piper voice with the phonemizer its model expects. Voices made from a person's
/// recordings (enrolled voices, clones of references or embeddings) load only through the consent
/// gate of Narrator.Voices.
/// </summary>
public static class VoiceLoader
{
    /// <summary>Loads the voice <paramref name="reference"/> points at, with its model sessions open, ready to speak.</summary>
    /// <param name="speaker">A Piper speaker id or name, or a bundle's stock speaker; null for the reference's own or the voice's default.</param>
    /// <param name="reference">The voice, as <see cref="VoiceResolver.Resolve"/> found it; not an enrolled voice.</param>
    /// <param name="execution">Device and provider options. Default <see cref="ExecutionOptions.Default"/>: CUDA when available, else the CPU.</param>
    /// <exception cref="NarratorException">An enrolled voice (Refused: load it through the consent gate), or model files that are missing or do not match their manifest.</exception>
    public static IVoice Load(VoiceReference reference, ExecutionOptions? execution = null, string? speaker = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        execution ??= ExecutionOptions.Default;
        speaker ??= reference.Speaker;
        return reference.Kind switch
        {
            VoiceKind.Piper => PiperSpeaker.Load(reference.Path, execution, speaker),
            VoiceKind.Enrolled => throw new NarratorException($"{reference.Name}: an enrolled voice speaks only after its consent check; load it through Narrator.Voices' VoiceGate.", ErrorKind.Refused),
            _ => BundleVoice.Load(reference.Path, execution, speaker),
        };
    }
}
