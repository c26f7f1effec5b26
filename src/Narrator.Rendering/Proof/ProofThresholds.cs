namespace Narrator.Rendering.Proof;

/// <summary>
/// When proof-listening calls an utterance suspect. Calibrated with <c>narrator evaluate proof --sentences 55</c>
/// (pocketsphinx 0.8; the default voice's three speakers, 165 held-out prompts each way; README, "evaluate proof"):
/// these flag 4.2 % of the voice's good readings and 4.8 % of the natural recordings, and find 98 % of readings whose
/// middle half is room tone, every reading of another prompt, 30 % of those with the middle third played backwards
/// and 11 % of those missing their longest word. Scattered mishearings are the recognizer's (its median on the
/// voice is 38 % of the words); a long run of them, a silence or most words wrong is a stretch gone wrong.
/// </summary>
public static class ProofThresholds
{
    /// <summary>Word error rate (pocketsphinx against the normalized text) above which the words do not match; the voice's p95 is 80 %.</summary>
    public const double MaximumWordErrorRate = 0.8;

    /// <summary>Utterances with fewer words are judged on silence, runs and whether anything was heard only: one misheard name is most of a short one.</summary>
    public const int MinimumWords = 4;

    /// <summary>Words of the text in a row heard as something else (or not at all) that make an utterance suspect; the voice's p95 is 5.</summary>
    public const int MismatchRun = 8;

    /// <summary>The longest silence inside an utterance, in seconds, before it is suspect; the voice's p95 is 0.18 s, the natural recordings' 0.28 s.</summary>
    public const double MaximumPauseSeconds = 0.6;
}
