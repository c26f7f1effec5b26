using Narrator.Core;
using Narrator.Models;

namespace Narrator.Synthesis.Voices;

/// <summary>Loads a resolved voice with the phonemizer its model expects.</summary>
public static class VoiceLoader
{
    public static IVoice Load(VoiceReference reference, ExecutionOptions? execution = null, VoiceSelection? selection = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        execution ??= ExecutionOptions.Default;
        selection ??= VoiceSelection.Default;
        if (reference.Speaker is { } speaker && selection.Speaker is null && !selection.Clones)
        {
            selection = new VoiceSelection { Speaker = speaker, ReadAudio = selection.ReadAudio };
        }

        return reference.Kind switch
        {
            VoiceKind.Piper => selection.Clones
                ? throw new NarratorException($"{reference.Path}: a Piper voice cannot clone a speaker from recordings or embeddings; use a Narrator bundle.")
                : PiperSpeaker.Load(reference.Path, execution, selection.Speaker),
            VoiceKind.Enrolled => throw new NarratorException($"{reference.Name}: an enrolled voice loads through its consent check (Narrator.Voices' EnrolledVoice.Load), not directly.", ErrorKind.Refused),
            _ => BundleVoice.Load(reference.Path, execution, selection),
        };
    }
}
