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
    /// <param name="speaker">A Piper speaker id or name, or a bundle's stock speaker; null for the reference's own or the voice's default.</param>
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
