using Narrator.Core;
using Narrator.Voices;

namespace Narrator.Server;

/// <summary>
/// The voice a session's enrollment wrote into the store, found again when the server stopped between writing
/// it and recording it in the session: the voice whose signed consent record holds the session's consent
/// recording (its SHA-256: the file was copied byte for byte) and the session's statement (which names the
/// speaker and the publisher), and whose every reference is one of the session's takes, byte for byte. With it
/// the session's record is finished, instead of enrolling a second voice. The takes are what tell two sessions
/// of the same name apart that were sent the same consent recording: each enrolls its own voice from its own takes.
/// </summary>
internal static class WrittenVoice
{
    public const string RecoveredWarning = "The server stopped after writing this voice and before recording it in the session; the record was finished from the voice's own files.";

    public const string LeftOut = "left out by the enrollment (its reason was lost when the server stopped)";

    /// <summary>The session's voice in <paramref name="voices"/>, or null when its enrollment wrote none.</summary>
    public static VoiceRecord? Find(VoiceStore voices, StudioSessionStore store, StudioSession session)
    {
        if (session.VoiceId is { } id && voices.Contains(id))
        {
            return voices.Get(id);
        }

        var consent = store.ConsentOf(session.Id);
        if (!File.Exists(consent))
        {
            return null;
        }

        var hash = Sha256Hex.File(consent);
        return voices.List().FirstOrDefault(v => v.Consent is { } c && c.RecordingSha256 == hash && c.Statement == session.Statement && MadeFrom(v, store, session));
    }

    // Every reference of the voice is a take of this session as it was copied (enrollment copies takes byte for byte).
    private static bool MadeFrom(VoiceRecord voice, StudioSessionStore store, StudioSession session) =>
        voice.References.Count > 0
        && voice.References.All(r => Path.GetFileName(r.File) == r.File && Path.Combine(store.TakesOf(session.Id), r.File) is var take && File.Exists(take) && Sha256Hex.File(take) == r.Sha256);

    /// <summary>
    /// The enrollment's last state as the voice's files tell it: the kept takes with the reports enrollment wrote
    /// into the voice, the session's other takes with their own checks, marked as left out.
    /// </summary>
    public static EnrollmentState Done(VoiceRecord voice, StudioSessionStore store, StudioSession session)
    {
        var kept = voice.References.Select(r => r.Qa).ToDictionary(r => r.File, StringComparer.Ordinal);
        var checks = store.Qa(session.Id);
        var reports = session.Prompts
            .Select(p => kept.GetValueOrDefault(p + ".wav") ?? (checks.GetValueOrDefault(p) is { } take ? take with { Rejection = take.Rejection ?? LeftOut } : null))
            .OfType<QaReport>()
            .ToList();
        return new EnrollmentState(EnrollmentState.Done)
        {
            Voice = voice.Id,
            Reports = reports,
            Warnings = [RecoveredWarning],
            SpeakerSimilarity = voice.Consent?.SpeakerSimilarity,
            Statement = voice.Consent?.StatementCheckDetail,
        };
    }
}
