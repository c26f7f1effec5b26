using Narrator.Models;
using Narrator.Models.Bundles;
using Narrator.Synthesis.Voices;

namespace Narrator.Voices;

/// <summary>Loads an enrolled voice after its consent check: the bundle it runs on, speaking with its stored embedding.</summary>
public static class EnrolledVoice
{
    /// <summary>Loads <paramref name="reference"/> as is unless it is an enrolled voice, which must pass <see cref="ConsentPolicy.Check"/> first.</summary>
    public static IVoice Load(VoiceReference reference, string use, string publisher, DateOnly today, ExecutionOptions? execution = null, VoiceSelection? selection = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Kind != VoiceKind.Enrolled)
        {
            return VoiceLoader.Load(reference, execution, selection);
        }

        var record = VoiceRecord.FromFile(Path.Combine(reference.Path, VoiceRecord.FileName));
        ConsentPolicy.Check(record, reference.Path, use, publisher, today);
        if (!Directory.Exists(record.Bundle.Path))
        {
            throw new VoiceException($"Voice '{record.Id}' runs on the bundle {record.Bundle.Path}, which no longer exists; enroll the voice again with an installed bundle.");
        }

        // A bundle may be updated under an enrolled voice (better acoustic model or vocoder); only a
        // new encoder makes the stored embedding meaningless.
        var encoder = BundleManifest.Read(record.Bundle.Path).Encoder.Id;
        if (record.Embedding.EncoderId != encoder)
        {
            throw new VoiceException($"Voice '{record.Id}' was enrolled with speaker encoder '{record.Embedding.EncoderId}', but {record.Bundle.Path} now has '{encoder}', so its embedding no longer describes the speaker; enroll the voice again (its references are in {Path.Combine(reference.Path, "references")}).");
        }

        var bundle = new VoiceReference(VoiceKind.NarratorBundle, record.Bundle.Path, record.Id);
        var voice = VoiceLoader.Load(bundle, execution, new VoiceSelection
        {
            EmbeddingFile = Path.Combine(reference.Path, VoiceRecord.EmbeddingFileName),
            ReadAudio = selection?.ReadAudio,
        });
        return new ConsentedVoice(voice, record.Id, record.Consent!.Id);
    }
}
