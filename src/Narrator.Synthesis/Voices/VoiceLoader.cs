using Narrator.Core;
using Narrator.Models;

namespace Narrator.Synthesis.Voices;

/// <summary>Loads a resolved voice with the phonemizer its model expects.</summary>
public static class VoiceLoader
{
    public static IVoice Load(VoiceReference reference, ExecutionOptions? execution = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Kind switch
        {
            VoiceKind.Piper => PiperSpeaker.Load(reference.Path, execution ?? ExecutionOptions.Default),
            _ => throw new NarratorException(
                $"{reference.Path}: Narrator bundles cannot be loaded by this version yet; use a Piper voice (.onnx)."),
        };
    }
}
